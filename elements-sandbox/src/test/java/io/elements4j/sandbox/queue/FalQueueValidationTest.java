package io.elements4j.sandbox.queue;

import static io.elements4j.sandbox.queue.FalQueueHttp.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.queue.FalQueueHttp.Answer;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue refuses what GMI Cloud's queue guide forbids: 400 for a malformed request, 422 listing every broken payload rule. */
class FalQueueValidationTest {

    static FalQueueSimulator vendor;
    static FalQueueHttp http;

    @BeforeAll
    static void start() {
        vendor = new FalQueueSimulator();
        http = new FalQueueHttp(vendor);
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    private static ObjectNode image(Consumer<ObjectNode> change) {
        ObjectNode body = fixture("image-character-element.json");
        change.accept((ObjectNode) body.get("payload"));
        return body;
    }

    private static ObjectNode video(Consumer<ObjectNode> change) {
        ObjectNode body = fixture("video-existing-voice.json");
        change.accept((ObjectNode) body.get("payload"));
        return body;
    }

    private static void assertInvalidPayload(Answer answer, String... problems) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo("invalid_payload");
        assertThat(answer.errorMessage()).contains(problems);
    }

    @Test
    void a_body_that_is_not_json_is_a_400() {
        Answer answer = http.submit("{\"model\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("invalid_request");
    }

    @Test
    void a_missing_model_is_a_400() {
        ObjectNode body = fixture("image-character-element.json");
        body.remove("model");

        Answer answer = http.submit(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("model");
    }

    @Test
    void a_missing_payload_is_a_400() {
        ObjectNode body = fixture("image-character-element.json");
        body.remove("payload");

        assertThat(http.submit(body).status()).isEqualTo(400);
    }

    @Test
    void an_unknown_model_is_a_404_model_not_found() {
        ObjectNode body = fixture("image-character-element.json").put("model", "kling-create-elements");

        Answer answer = http.submit(body);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("model_not_found");
        assertThat(answer.errorMessage()).contains("kling-create-elements");
    }

    @Test
    void another_model_can_be_accepted_until_reset() {
        vendor.acceptModel("kling-create-element-v2");
        ObjectNode body = fixture("image-character-element.json").put("model", "kling-create-element-v2");

        Answer accepted = http.submit(body);
        vendor.reset();
        Answer afterReset = http.submit(body);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("model").asText()).isEqualTo("kling-create-element-v2");
        assertThat(afterReset.status()).isEqualTo(404);
    }

    @Test
    void a_webhook_must_be_an_object_with_a_url() {
        ObjectNode body = fixture("image-character-element.json").put("webhook", "https://hooks.example.com/x");

        assertThat(http.submit(body).status()).isEqualTo(400);
    }

    @Test
    void reports_every_broken_rule_at_once() {
        Answer answer = http.submit(image(p -> {
            p.put("element_name", "n".repeat(21));
            p.remove("element_description");
            p.remove("frontal_image");
            p.set(
                    "tag_list",
                    FalQueueHttp.JSON
                            .createArrayNode()
                            .add(FalQueueHttp.JSON.createObjectNode().put("tag_id", "o_109")));
        }));

        assertInvalidPayload(
                answer,
                "payload.element_name: at most 20 characters, got 21",
                "payload.element_description: required",
                "payload.frontal_image: required",
                "payload.tag_list[0].tag_id: unknown tag 'o_109'");
    }

    @Test
    void a_name_of_20_characters_and_a_description_of_100_are_accepted() {
        Answer answer = http.submit(
                image(p -> p.put("element_name", "n".repeat(20)).put("element_description", "d".repeat(100))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void a_description_over_100_characters_is_refused() {
        assertInvalidPayload(
                http.submit(image(p -> p.put("element_description", "d".repeat(101)))),
                "payload.element_description: at most 100 characters");
    }

    @Test
    void the_reference_type_is_image_refer_or_video_refer() {
        assertInvalidPayload(
                http.submit(image(p -> p.put("reference_type", "image"))),
                "payload.reference_type: must be image_refer or video_refer");
        assertInvalidPayload(http.submit(image(p -> p.remove("reference_type"))), "payload.reference_type: required");
    }

    @Test
    void an_image_element_needs_one_to_three_extra_images() {
        assertInvalidPayload(http.submit(image(p -> p.remove("refer_images"))), "payload.refer_images");
        assertInvalidPayload(http.submit(image(p -> p.putArray("refer_images"))), "payload.refer_images");
        assertInvalidPayload(
                http.submit(image(p -> p.putArray("refer_images")
                        .add("https://e.com/1.jpg")
                        .add("https://e.com/2.jpg")
                        .add("https://e.com/3.jpg")
                        .add("https://e.com/4.jpg"))),
                "payload.refer_images: required for image_refer, 1 to 3 image URLs");
    }

    @Test
    void extra_images_may_also_be_kling_style_image_url_objects() {
        Answer answer = http.submit(image(p -> p.putArray("refer_images")
                .add(FalQueueHttp.JSON.createObjectNode().put("image_url", "https://example.com/mara/left.jpg"))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void an_extra_image_must_be_a_url() {
        assertInvalidPayload(
                http.submit(image(p -> p.putArray("refer_images").add("left.jpg"))),
                "payload.refer_images[0]: must be an image URL");
    }

    @Test
    void a_video_element_needs_its_video() {
        assertInvalidPayload(
                http.submit(video(p -> p.remove("refer_video"))), "payload.refer_video: required for video_refer");
    }

    @Test
    void a_voice_binds_only_to_a_video_element() {
        assertInvalidPayload(
                http.submit(image(p -> p.put("element_voice_id", "829824295735410756"))),
                "payload.element_voice_id: only video_refer elements can bind a voice");
    }

    @Test
    void a_refused_request_queues_nothing() {
        http.submit(image(p -> p.remove("element_name")));

        assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        assertThat(http.poll("anything").status()).isEqualTo(404);
    }
}
