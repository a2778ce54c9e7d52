package io.elements4j.domain.voice;

import java.util.Objects;

/** How a draft asks for a voice to be bound to the new element. */
public sealed interface VoiceBinding {

    /**
     * The none.
     */
    static VoiceBinding none() {
        return NoVoice.INSTANCE;
    }

    /**
     * A voice the account already has.
     *
     * @return the binding
     */
    static VoiceBinding existing(VoiceId id) {
        return new Existing(id);
    }

    /**
     * A voice the account already has.
     *
     * @return the binding
     */
    static VoiceBinding existing(String id) {
        return new Existing(VoiceId.of(id));
    }

    /**
     * The extract from video.
     */
    static VoiceBinding extractFromVideo() {
        return ExtractFromVideo.INSTANCE;
    }

    /**
     * A voice made from an audio clip at a URL.
     *
     * @return the binding
     */
    static VoiceBinding fromClip(String clipUrl) {
        return new FromClip(clipUrl);
    }

    /**
     * Whether this voice binding is none.
     *
     * @return whether this voice binding is none
     */
    default boolean isNone() {
        return this instanceof NoVoice;
    }

    /** No voice. */
    enum NoVoice implements VoiceBinding {
        /** The one instance. */
        INSTANCE
    }

    /** Bind a voice already in the vendor's library (some vendors also accept the voice's name here). */
    record Existing(VoiceId id) implements VoiceBinding {
        /**
         * Creates the value, checking every component.
         */
        public Existing {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Let the vendor extract the voice of the person speaking in the reference video. */
    enum ExtractFromVideo implements VoiceBinding {
        /** The one instance. */
        INSTANCE
    }

    /** Make a voice from a clip (for example an mp4 of 5–60 s) and bind it. */
    record FromClip(String clipUrl) implements VoiceBinding {
        /**
         * Creates the value, checking every component.
         */
        public FromClip {
            Objects.requireNonNull(clipUrl, "clipUrl");
        }
    }
}
