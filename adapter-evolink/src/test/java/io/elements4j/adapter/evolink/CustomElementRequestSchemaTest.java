package io.elements4j.adapter.evolink;

import static io.elements4j.conformance.ProviderTestKit.json;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The hand-written schema check catches each kind of break, so a clean result from it means something. */
class CustomElementRequestSchemaTest {

    private static JsonNode image(Consumer<ObjectNode> change) {
        ObjectNode request =
                (ObjectNode) json(resource("evolink/requests/image-refer.json")).deepCopy();
        change.accept(request);
        return request;
    }

    private static JsonNode video(Consumer<ObjectNode> change) {
        ObjectNode request =
                (ObjectNode) json(resource("evolink/requests/video-refer.json")).deepCopy();
        change.accept(request);
        return request;
    }

    private static ObjectNode params(ObjectNode request) {
        return (ObjectNode) request.get("model_params");
    }

    @Test
    void the_seeds_two_request_examples_conform() {
        assertThat(CustomElementRequestSchema.violations(json(resource("evolink/requests/image-refer.json"))))
                .isEmpty();
        assertThat(CustomElementRequestSchema.violations(json(resource("evolink/requests/video-refer.json"))))
                .isEmpty();
    }

    @Test
    void catches_missing_required_fields() {
        assertThat(CustomElementRequestSchema.violations(image(r -> r.remove("model"))))
                .containsExactly("$.model: required");
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).remove("element_description"))))
                .containsExactly("$.model_params.element_description: required");
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).remove("element_image_list"))))
                .containsExactly("$.model_params.element_image_list: required when reference_type is image_refer");
        assertThat(CustomElementRequestSchema.violations(video(r -> params(r).remove("element_video_list"))))
                .containsExactly("$.model_params.element_video_list: required when reference_type is video_refer");
    }

    @Test
    void catches_values_outside_the_enums() {
        assertThat(CustomElementRequestSchema.violations(image(r -> r.put("model", "kling-v3"))))
                .hasSize(1);
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).put("reference_type", "IMAGE_REFER"))))
                .contains("$.model_params.reference_type: must be one of image_refer, video_refer");
    }

    @Test
    void catches_texts_over_their_max_length() {
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).put("element_name", "n".repeat(21)))))
                .containsExactly("$.model_params.element_name: longer than 20 characters");
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).put("element_name", "n".repeat(20)))))
                .isEmpty();
        assertThat(CustomElementRequestSchema.violations(
                        image(r -> params(r).put("element_description", "d".repeat(101)))))
                .containsExactly("$.model_params.element_description: longer than 100 characters");
    }

    @Test
    void catches_an_element_video_list_that_is_not_one_object_with_a_video_url() {
        assertThat(CustomElementRequestSchema.violations(video(r -> params(r)
                        .putArray("element_video_list")
                        .addObject()
                        .put("video_url", "https://example.com/v.mp4"))))
                .contains("$.model_params.element_video_list: must be an object");
        assertThat(CustomElementRequestSchema.violations(video(r -> params(r).putObject("element_video_list"))))
                .containsExactly("$.model_params.element_video_list.video_url: required");
    }

    @Test
    void catches_a_refer_image_without_image_url_and_a_voice_on_an_image_element() {
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r)
                        .withObjectProperty("element_image_list")
                        .putArray("refer_images")
                        .addObject())))
                .containsExactly("$.model_params.element_image_list.refer_images[0].image_url: required");
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).put("element_voice_id", "1"))))
                .containsExactly("$.model_params.element_voice_id: only supported when reference_type is video_refer");
    }

    @Test
    void catches_wrong_types_nulls_and_fields_outside_the_schema() {
        assertThat(CustomElementRequestSchema.violations(
                        video(r -> params(r).put("element_voice_id", 829824295735410756L))))
                .containsExactly("$.model_params.element_voice_id: must be a string");
        assertThat(CustomElementRequestSchema.violations(image(r -> r.putNull("callback_url"))))
                .containsExactly("$.callback_url: null is never sent");
        assertThat(CustomElementRequestSchema.violations(image(r -> params(r).put("prompt", "a cat"))))
                .containsExactly("$.model_params.prompt: not in the schema");
        assertThat(CustomElementRequestSchema.violations(image(r -> r.put("callback_url", "not a uri"))))
                .containsExactly("$.callback_url: not a URI");
    }
}
