package io.elements4j.adapter.wavespeed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.vavr.control.Either;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WaveSpeed's basic model on the wire: its own path and body, photos only, 1 to 3 extras. */
class WaveSpeedBasicWireTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new WaveSpeedBasicElementsProvider());

    @Test
    void the_basic_model_gets_the_frontal_photo_as_image_and_the_others_as_element_refer_list() {
        ElementDraft draft = image("Hero", 3)
                .voice(VoiceBinding.existing("829824295735410756"))
                .build();

        Either<ElementsError, CreationTask> made = kit.elements().submit(draft);

        assertThat(made.isRight()).as("%s", made).isTrue();
        RecordedRequest create = kit.last(Operation.CREATE);
        JsonNode body = ProviderTestKit.json(create.body());
        assertThat(create.path()).isEqualTo("/api/v3/kwaivgi/kling-elements");
        assertThat(create.queryParam("webhook").toJavaOptional()).isEmpty();
        assertThat(body.path("image").asText()).isEqualTo("https://example.com/front.jpg");
        assertThat(body.path("element_refer_list")).hasSize(3);
        assertThat(body.path("voice_id").asText()).isEqualTo("829824295735410756");
        assertThat(body.has("reference_type") || body.has("frontal_image") || body.has("refer_images"))
                .isFalse();
    }

    @Test
    void a_fourth_extra_photo_and_a_video_are_refused_before_sending() {
        Either<ElementsError, CreationTask> four =
                kit.elements().submit(image("Four", 4).build());
        Either<ElementsError, CreationTask> video = kit.elements()
                .submit(ElementDraft.video("Clip", MediaSource.url("https://example.com/clip.mp4"))
                        .description("a test character")
                        .build());

        assertThat(four.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(video.isLeft()).isTrue();
        assertThat(kit.vendor().journal()).isEmpty();
    }

    @Test
    void it_is_used_only_when_named_and_its_metadata_says_what_it_is() {
        ElementsProvider basic = new WaveSpeedBasicElementsProvider();

        assertThat(basic.chosenOnlyByName()).isTrue();
        assertThat(new WaveSpeedElementsProvider().chosenOnlyByName()).isFalse();
        assertThat(basic.metadata().displayName()).contains("WaveSpeed").contains("basic");
        assertThat(basic.metadata().ruleProfile().video()).isEmpty();
        assertThat(ServiceLoader.load(ElementsProvider.class).stream()
                        .map(p -> p.type().getSimpleName()))
                .contains("WaveSpeedElementsProvider", "WaveSpeedBasicElementsProvider");
    }

    private static ElementDraft.Builder image(String name, int extras) {
        ElementDraft.Builder draft = ElementDraft.image(name, MediaSource.url("https://example.com/front.jpg"))
                .description("a test character");
        for (int i = 1; i <= extras; i++) {
            draft.extras(MediaSource.url("https://example.com/side-" + i + ".png"));
        }
        return draft;
    }
}
