package io.elements4j.domain.rules;

import io.elements4j.domain.voice.VoiceBinding;

/** The kinds of {@link VoiceBinding} a vendor may accept. */
public enum VoiceBindingKind {
    /** A voice the account already has, by id. */
    EXISTING,
    /** EXTRACT FROM VIDEO. */
    EXTRACT_FROM_VIDEO,
    /** FROM CLIP. */
    FROM_CLIP;

    /**
     * The kind of a binding; {@code null} for no voice.
     *
     * @return the kind of a binding; {@code null} for no voice
     */
    public static VoiceBindingKind of(VoiceBinding binding) {
        if (binding instanceof VoiceBinding.Existing) {
            return EXISTING;
        }
        if (binding instanceof VoiceBinding.ExtractFromVideo) {
            return EXTRACT_FROM_VIDEO;
        }
        if (binding instanceof VoiceBinding.FromClip) {
            return FROM_CLIP;
        }
        return null;
    }
}
