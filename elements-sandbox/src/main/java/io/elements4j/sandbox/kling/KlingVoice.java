package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;

/** A voice in Kling's library: official ({@code owned_by: "kling"}) or extracted for this account. */
record KlingVoice(String id, String name, String ownedBy) {

    static KlingVoice official(String id, String name) {
        return new KlingVoice(id, name, KlingCatalogue.OFFICIAL_OWNER);
    }

    String trialUrl() {
        return "https://sim-cdn.klingai.invalid/voices/" + id + ".mp3";
    }

    /** As {@code element_voice_info} and as an item of {@code task_result.voices[]}. */
    ObjectNode toJson() {
        return SimJson.object()
                .put("voice_id", id)
                .put("voice_name", name)
                .put("trial_url", trialUrl())
                .put("owned_by", ownedBy);
    }
}
