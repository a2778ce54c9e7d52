package io.elements4j.domain.voice;

import io.vavr.control.Option;
import java.util.Objects;

/** A voice that can be bound to an element. */
public record Voice(VoiceId id, String name, VoiceOrigin origin, Option<String> trialUrl) {

    /**
     * Creates the value, checking every component.
     */
    public Voice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(trialUrl, "trialUrl");
    }

    /**
     * One of the vendor's preset voices.
     *
     * @return the voice
     */
    public static Voice official(VoiceId id, String name) {
        return new Voice(id, name, VoiceOrigin.OFFICIAL, Option.none());
    }
}
