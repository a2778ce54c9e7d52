package io.elements4j.adapter.evolink;

import static io.elements4j.conformance.ProviderTestKit.json;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.evolink.EvolinkSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What goes on the wire: path, method, headers and body, compared as parsed JSON with the seed's examples, and
 * every body checked against the OpenAPI schema of Evolink's element docs.
 */
class RequestShapeTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    final EvolinkSimulator vendor = kit.vendor(EvolinkSimulator.class);
    final VendorClient client = kit.client();

    /** Evolink's element docs' {@code image_refer} example as a draft (the golden {@code requests/image-refer.json}). */
    static ElementDraft.Builder docsImage() {
        return ElementDraft.image("My Character", MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("A young male character with short hair, wearing a white T-shirt");
    }

    /** Evolink's element docs' {@code video_refer} example as a draft (the golden {@code requests/video-refer.json}). */
    static ElementDraft.Builder docsVideo() {
        return ElementDraft.video("My Character", MediaSource.url("https://example.com/reference.mp4"))
                .description("A female character with long hair, wearing a red dress")
                .voice(VoiceBinding.existing("829824295735410756"));
    }

    private RecordedRequest sentCreate() {
        assertThat(vendor.count(Operation.CREATE)).as("creates sent").isEqualTo(1);
        return vendor.journal().find(r -> r.operation() == Operation.CREATE).get();
    }

    private static JsonNode body(RecordedRequest request) {
        JsonNode body = json(request.body());
        assertThat(CustomElementRequestSchema.violations(body))
                .as("schema violations of %s", body)
                .isEmpty();
        return body;
    }

    @Test
    void sends_an_image_element_exactly_as_the_seeds_image_refer_example() {
        assertThat(client.submit(docsImage().build()).isRight()).isTrue();

        assertThat(body(sentCreate())).isEqualTo(json(resource("evolink/requests/image-refer.json")));
    }

    @Test
    void sends_a_video_element_with_a_voice_exactly_as_the_seeds_video_refer_example() {
        assertThat(client.submit(docsVideo().build()).isRight()).isTrue();

        assertThat(body(sentCreate())).isEqualTo(json(resource("evolink/requests/video-refer.json")));
    }

    @Test
    void posts_json_to_the_generations_path_with_the_bearer_key() {
        client.submit(docsImage().build());

        RecordedRequest create = sentCreate();
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v1/videos/generations");
        assertThat(create.query().isEmpty()).isTrue();
        assertThat(create.header("Authorization")).contains("Bearer " + vendor.credential());
        assertThat(create.header("Content-Type").get()).startsWith("application/json");
        assertThat(create.header("Accept")).contains("application/json");
    }

    @Test
    void sends_the_callback_url_at_the_top_level_beside_model_params() {
        String hook = "https://your-domain.com/webhooks/video-task-completed";
        client.submit(docsImage().callbackUrl(hook).build());

        ObjectNode expected =
                (ObjectNode) json(resource("evolink/requests/image-refer.json")).deepCopy();
        expected.put("callback_url", hook);
        assertThat(body(sentCreate())).isEqualTo(expected);
    }

    @Test
    void sends_every_extra_image_in_order_as_refer_images() {
        client.submit(docsImage()
                .extras(
                        MediaSource.url("https://example.com/back.png"),
                        MediaSource.url("https://example.com/left.jpg"))
                .build());

        JsonNode refer = body(sentCreate())
                .path("model_params")
                .path("element_image_list")
                .path("refer_images");
        assertThat(refer)
                .extracting(item -> item.path("image_url").asText())
                .containsExactly(
                        "https://example.com/side.jpg", "https://example.com/back.png", "https://example.com/left.jpg");
    }

    @Test
    void a_video_element_without_a_voice_sends_no_voice_id() {
        client.submit(docsVideo().voice(VoiceBinding.none()).build());

        ObjectNode expected =
                (ObjectNode) json(resource("evolink/requests/video-refer.json")).deepCopy();
        ((ObjectNode) expected.get("model_params")).remove("element_voice_id");
        assertThat(body(sentCreate())).isEqualTo(expected);
    }

    @Test
    void extracting_the_voice_from_the_video_sends_no_voice_id_and_lets_kling_extract_it() {
        client.submit(docsVideo().voice(VoiceBinding.extractFromVideo()).build());

        assertThat(body(sentCreate()).path("model_params").has("element_voice_id"))
                .isFalse();
    }

    @Test
    void sends_a_video_as_one_element_video_list_object_never_as_klings_refer_videos_array() {
        client.submit(docsVideo().build());

        JsonNode params = body(sentCreate()).path("model_params");
        assertThat(params.path("element_video_list").isObject()).isTrue();
        assertThat(params.has("refer_videos")).isFalse();
        assertThat(params.has("element_image_list")).isFalse();
    }

    @Test
    void sends_no_idempotency_key_as_evolink_takes_none() {
        client.submit(docsImage().build());

        assertThat(sentCreate().body()).doesNotContain("external_task_id").doesNotContain("e4j-");
        assertThat(sentCreate().header("Idempotency-Key")).isEmpty();
    }

    @Test
    void asks_for_a_task_with_get_on_the_tasks_path() {
        String id = client.submit(docsImage().build()).get().id().value();

        client.task(CreationTaskId.of(id));

        RecordedRequest read =
                vendor.journal().find(r -> r.operation() == Operation.TASK).get();
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.path()).isEqualTo("/v1/tasks/" + id);
        assertThat(read.body()).isEmpty();
        assertThat(read.header("Authorization")).contains("Bearer " + vendor.credential());
    }

    @Test
    void a_slash_in_a_task_id_stays_inside_its_path_segment() {
        client.task(CreationTaskId.of("task-unified-1/../../v1/videos/generations"));

        RecordedRequest read = vendor.journal().last();
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.path()).startsWith("/v1/tasks/task-unified-1%2F");
        assertThat(vendor.count(Operation.CREATE)).isZero();
    }
}
