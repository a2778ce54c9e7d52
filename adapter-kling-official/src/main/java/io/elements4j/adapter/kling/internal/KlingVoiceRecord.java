package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/**
 * A voice: an element's {@code element_voice_info} ({@code {}} when none is bound) or an item of a voice record's
 * {@code task_result.voices}. {@code owned_by} is {@code kling} for the official library, else the creator's id. A
 * class bound field by field, for the reason {@link KlingTaskRecord} gives.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class KlingVoiceRecord {

    @JsonDeserialize(using = ExactTextDeserializer.class)
    private String voice_id;

    private String voice_name;
    private String trial_url;

    @JsonDeserialize(using = ExactTextDeserializer.class)
    private String owned_by;

    private KlingVoiceRecord() {}

    /**
     * A voice as a new-standard output's {@code voice} material names it.
     *
     * @param voiceId  the voice's id
     * @param name     its name
     * @param trialUrl where a sample of it plays
     * @param ownedBy  {@code kling} for the official library, else the creator's id
     */
    public KlingVoiceRecord(String voiceId, String name, String trialUrl, String ownedBy) {
        this.voice_id = voiceId;
        this.voice_name = name;
        this.trial_url = trialUrl;
        this.owned_by = ownedBy;
    }

    /** {@code voice_id}: the exact decimal text of a 64-bit number. */
    public String voice_id() {
        return voice_id;
    }

    /** {@code voice_name}. */
    public String voice_name() {
        return voice_name;
    }

    /** {@code trial_url}: where a sample of the voice plays. */
    public String trial_url() {
        return trial_url;
    }

    /** {@code owned_by}: {@code kling} for the official library, else the creator's id. */
    public String owned_by() {
        return owned_by;
    }
}
