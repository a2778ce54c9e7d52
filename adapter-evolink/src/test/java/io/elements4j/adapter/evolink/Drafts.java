package io.elements4j.adapter.evolink;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.voice.VoiceBinding;

/** Drafts that say what the seed's two request examples say. */
final class Drafts {

    static final String SEED_VOICE_ID = "829824295735410756";

    /** Evolink's element docs' {@code image_refer} example as a draft. */
    static ElementDraft.Builder seedImage() {
        return ElementDraft.image("My Character", MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("A young male character with short hair, wearing a white T-shirt");
    }

    /** Evolink's element docs' {@code video_refer} example as a draft. */
    static ElementDraft.Builder seedVideo() {
        return ElementDraft.video("My Character", MediaSource.url("https://example.com/reference.mp4"))
                .description("A female character with long hair, wearing a red dress")
                .voice(VoiceBinding.existing(SEED_VOICE_ID));
    }

    private Drafts() {
    }
}
