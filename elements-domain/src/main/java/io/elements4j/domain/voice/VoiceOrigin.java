package io.elements4j.domain.voice;

/** Whether a voice is from the vendor's official library or made by the account owner. */
public enum VoiceOrigin {
    /** One of the vendor's preset voices. */
    OFFICIAL,
    /** A voice the account made. */
    CUSTOM
}
