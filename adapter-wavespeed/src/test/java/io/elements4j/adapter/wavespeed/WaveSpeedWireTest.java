package io.elements4j.adapter.wavespeed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes on WaveSpeed's wire beyond what the conformance suite asks: the body, the webhook URL, the signatures. */
class WaveSpeedWireTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new WaveSpeedElementsProvider());

    @Test
    void the_advanced_model_gets_a_flat_body_and_the_callback_url_naming_its_draft_as_its_webhook_parameter() {
        ElementDraft draft = image("Hero", 2)
                .voice(VoiceBinding.existing("829824295735410756"))
                .callbackUrl("https://hooks.example.com/wavespeed?tenant=7&note=a%26b")
                .build();

        assertThat(kit.elements().submit(draft).isRight()).isTrue();

        RecordedRequest create = kit.last(Operation.CREATE);
        JsonNode body = ProviderTestKit.json(create.body());
        assertThat(create.path()).isEqualTo("/api/v3/kwaivgi/kling-elements-advanced");
        assertThat(create.queryParam("webhook").toJavaOptional())
                .contains("https://hooks.example.com/wavespeed?tenant=7&note=a%26b&elements4j-draft="
                        + draft.idempotencyKey().value());
        assertThat(create.queryParam("tenant").toJavaOptional()).isEmpty();
        assertThat(body.path("reference_type").asText()).isEqualTo("image_refer");
        assertThat(body.path("frontal_image").asText()).isEqualTo("https://example.com/front.jpg");
        assertThat(body.path("refer_images")).hasSize(2);
        assertThat(body.path("voice_id").asText()).isEqualTo("829824295735410756");
        assertThat(body.has("image") || body.has("element_refer_list") || body.has("element_video_list"))
                .isFalse();
    }

    @Test
    void four_extra_photos_are_sent_as_wavespeed_takes_them_and_a_fifth_is_refused_before_sending() {
        Either<ElementsError, CreationTask> four =
                kit.elements().submit(image("Four", 4).build());
        Either<ElementsError, CreationTask> five =
                kit.elements().submit(image("Five", 5).build());

        assertThat(four.isRight()).as("%s", four).isTrue();
        assertThat(five.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        e -> assertThat(e.violations().map(v -> v.code()))
                                .containsExactly("references.extras.too_many"));
        assertThat(kit.vendor().journal().map(RecordedRequest::operation)).containsExactly(Operation.CREATE);
    }

    @Test
    void a_webhook_is_verified_with_the_secret_as_text_after_its_prefix_not_decoded() throws Exception {
        String secret = "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM=";
        String body = "{\"id\":\"abc\",\"status\":\"completed\",\"outputs\":[{\"element_id\":321930081569316}]}";
        VendorClient client = kit.client(kit.config().secret("callback-secret", secret));
        String timestamp = Long.toString(kit.time().clock().instant().getEpochSecond());
        byte[] asText = secret.substring(6).getBytes(StandardCharsets.UTF_8);
        byte[] decoded = Base64.getDecoder().decode(secret.substring(6));

        Either<ElementsError, CreationTask> genuine = client.readCallback(signed(body, timestamp, asText));
        Either<ElementsError, CreationTask> standard = client.readCallback(signed(body, timestamp, decoded));

        assertThat(genuine.get().elementIds().map(id -> id.value())).containsExactly("321930081569316");
        assertThat(standard.getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(standard.getLeft().message()).contains("no v3 signature").doesNotContain(secret.substring(6));
    }

    private static IncomingCallback signed(String body, String timestamp, byte[] key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signature = HexFormat.of()
                .formatHex(mac.doFinal(("wh-1." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return IncomingCallback.ofSingleValues(
                Map.of("webhook-id", "wh-1", "webhook-timestamp", timestamp, "webhook-signature", "v3," + signature),
                body);
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
