package io.elements4j.domain.voice;

import java.util.Objects;

/** How a draft asks for a voice to be bound to the new element. */
public sealed interface VoiceBinding {

    static VoiceBinding none() {
        return NoVoice.INSTANCE;
    }

    static VoiceBinding existing(VoiceId id) {
        return new Existing(id);
    }

    static VoiceBinding existing(String id) {
        return new Existing(VoiceId.of(id));
    }

    static VoiceBinding extractFromVideo() {
        return ExtractFromVideo.INSTANCE;
    }

    static VoiceBinding fromClip(String clipUrl) {
        return new FromClip(clipUrl);
    }

    default boolean isNone() {
        return this instanceof NoVoice;
    }

    /** No voice. */
    enum NoVoice implements VoiceBinding {
        INSTANCE
    }

    /** Bind a voice already in the vendor's library (useapi also accepts the voice's name here). */
    record Existing(VoiceId id) implements VoiceBinding {
        public Existing {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Let the vendor extract the voice of the person speaking in the reference video. */
    enum ExtractFromVideo implements VoiceBinding {
        INSTANCE
    }

    /** Make a voice from a clip (useapi: an mp4 of 5–60 s) and bind it. */
    record FromClip(String clipUrl) implements VoiceBinding {
        public FromClip {
            Objects.requireNonNull(clipUrl, "clipUrl");
        }
    }
}
