package io.elements4j.adapter.falqueue;

import static io.elements4j.conformance.ProviderTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request the adapter sends, compared as JSON trees with the shape GMI Cloud's queue guide and docs/vendors.md document. */
class FalQueueRequestShapeTest {

    static final String PREFIX = "/api/v1/ie/requestqueue/apikey";

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    final FalQueueSimulator vendor = kit.vendor(FalQueueSimulator.class);
    final VendorClient client = kit.client();

    private RecordedRequest onlyCreate() {
        assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        return vendor.journal().find(r -> r.operation() == Operation.CREATE).get();
    }

    @Test
    void an_image_element_is_posted_to_requests_with_the_seeds_flat_fields() {
        CreationTask task = client.submit(kit.drafts()
                        .image("Detective Mara")
                        .tag(TagKind.CHARACTER)
                        .build())
                .get();

        RecordedRequest sent = onlyCreate();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo(PREFIX + "/requests");
        assertThat(sent.query().isEmpty()).isTrue();
        assertThat(json(sent.body())).isEqualTo(json("""
                {"model": "kling-create-element",
                 "payload": {
                   "element_name": "Detective Mara",
                   "element_description": "A conformance-suite character",
                   "reference_type": "image_refer",
                   "frontal_image": "https://example.com/e4j/front.jpg",
                   "refer_images": ["https://example.com/e4j/angle-1.png"],
                   "tag_list": [{"tag_id": "o_102"}]}}
                """));
        assertThat(task.id().value()).isNotBlank();
    }

    @Test
    void the_headers_are_bearer_auth_and_json_without_an_organization_unless_configured() {
        client.submit(kit.drafts().image("Detective Mara").build());

        RecordedRequest sent = onlyCreate();
        assertThat(sent.header("Authorization")).contains("Bearer " + vendor.credential());
        assertThat(sent.header("Content-Type").get()).startsWith("application/json");
        assertThat(sent.header("Accept")).contains("application/json");
        assertThat(sent.header("X-Organization-ID")).isEmpty();
    }

    @Test
    void a_configured_organization_is_sent_as_x_organization_id_on_every_request() {
        VendorClient withOrganization = kit.client(kit.config().set("organization-id", "org-7f3a"));

        CreationTask task = withOrganization
                .submit(kit.drafts().image("Detective Mara").build())
                .get();
        withOrganization.task(task.id());

        assertThat(vendor.journal())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.header("X-Organization-ID")).contains("org-7f3a"));
    }

    @Test
    void the_model_can_be_overridden() {
        vendor.acceptModel("kling-create-element-v2");
        VendorClient overridden = kit.client(kit.config().set("model", "kling-create-element-v2"));

        assertThat(overridden
                        .submit(kit.drafts().image("Detective Mara").build())
                        .isRight())
                .isTrue();

        assertThat(json(onlyCreate().body()).get("model").asText()).isEqualTo("kling-create-element-v2");
    }

    @Test
    void a_video_element_sends_its_video_and_voice_and_no_images() {
        client.submit(kit.drafts()
                .video("Narrator Leo", VoiceBinding.existing("829824295735410756"))
                .tag(TagKind.CHARACTER)
                .build());

        assertThat(json(onlyCreate().body()).get("payload")).isEqualTo(json("""
                {"element_name": "Narrator Leo",
                 "element_description": "A conformance-suite speaker",
                 "reference_type": "video_refer",
                 "refer_video": "https://example.com/e4j/reference.mp4",
                 "element_voice_id": "829824295735410756",
                 "tag_list": [{"tag_id": "o_102"}]}
                """));
    }

    @Test
    void a_voice_taken_from_the_video_sends_no_voice_id_since_the_queue_extracts_it_itself() {
        client.submit(kit.drafts()
                .video("Narrator Leo", VoiceBinding.extractFromVideo())
                .build());

        JsonNode payload = json(onlyCreate().body()).get("payload");
        assertThat(payload.has("element_voice_id")).isFalse();
        assertThat(payload.has("tag_list")).as("no tags, no tag_list").isFalse();
    }

    @Test
    void several_tags_are_sent_in_order() {
        client.submit(kit.drafts()
                .image("Ember")
                .tag(TagKind.ANIMAL)
                .tag(TagKind.EFFECT)
                .tag(TagKind.HOTTEST)
                .build());

        assertThat(json(onlyCreate().body()).get("payload").get("tag_list"))
                .isEqualTo(json("[{\"tag_id\": \"o_103\"}, {\"tag_id\": \"o_107\"}, {\"tag_id\": \"o_101\"}]"));
    }

    @Test
    void a_callback_url_becomes_the_top_level_webhook() {
        client.submit(kit.drafts()
                .image("Detective Mara")
                .callbackUrl("https://hooks.example.com/gmi")
                .build());

        JsonNode body = json(onlyCreate().body());
        assertThat(body.get("webhook")).isEqualTo(json("{\"url\": \"https://hooks.example.com/gmi\"}"));
        assertThat(body.get("payload").has("webhook")).isFalse();
    }

    @Test
    void no_null_is_ever_sent() {
        client.submit(kit.drafts().image("Detective Mara").build());

        assertThat(onlyCreate().body()).doesNotContain("null").doesNotContain("webhook");
    }

    @Test
    void a_task_is_read_with_a_get_of_requests_slash_id_without_a_body() {
        CreationTask task =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        client.task(task.id());

        RecordedRequest read = vendor.journal().last();
        assertThat(read.operation()).isEqualTo(Operation.TASK);
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.path()).isEqualTo(PREFIX + "/requests/" + task.id().value());
        assertThat(read.body()).isEmpty();
        assertThat(read.header("Authorization")).contains("Bearer " + vendor.credential());
    }

    @Test
    void a_slash_in_a_task_id_is_encoded_so_it_cannot_leave_the_requests_path() {
        client.task(CreationTaskId.of("../models"));

        assertThat(vendor.journal().last().path()).isEqualTo(PREFIX + "/requests/..%2Fmodels");
    }
}
