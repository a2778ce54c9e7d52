package io.elements4j.domain.voice;

import java.util.Objects;

/** A vendor's voice id, exact text (long numeric strings or small integers, as the vendor chooses). */
public record VoiceId(String value) {

    /**
     * Creates the value, checking every component.
     */
    public VoiceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a voice id must not be blank");
        }
    }

    /**
     * The voice id of the given parts.
     *
     * @return the voice id of the given parts
     */
    public static VoiceId of(String value) {
        return new VoiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
