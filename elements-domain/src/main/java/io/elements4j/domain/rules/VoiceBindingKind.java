package io.elements4j.domain.rules;

import io.elements4j.domain.voice.VoiceBinding;

/** The kinds of {@link VoiceBinding} a vendor may accept. */
public enum VoiceBindingKind {
    EXISTING,
    EXTRACT_FROM_VIDEO,
    FROM_CLIP;

    /** The kind of a binding; {@code null} for no voice. */
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
