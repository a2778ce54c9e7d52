package io.elements4j.sandbox.evolink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Create bodies: the seed's two request examples verbatim, and copies of them with one thing changed. */
final class Bodies {

    /** Evolink's element docs, request example {@code image_refer}. */
    static final String IMAGE_REFER_EXAMPLE = """
            {
              "model": "kling-custom-element",
              "model_params": {
                "element_name": "My Character",
                "element_description": "A young male character with short hair, wearing a white T-shirt",
                "reference_type": "image_refer",
                "element_image_list": {
                  "frontal_image": "https://example.com/front.jpg",
                  "refer_images": [
                    { "image_url": "https://example.com/side.jpg" }
                  ]
                }
              }
            }
            """;

    /** Evolink's element docs, request example {@code video_refer}. */
    static final String VIDEO_REFER_EXAMPLE = """
            {
              "model": "kling-custom-element",
              "model_params": {
                "element_name": "My Character",
                "element_description": "A female character with long hair, wearing a red dress",
                "reference_type": "video_refer",
                "element_video_list": { "video_url": "https://example.com/reference.mp4" },
                "element_voice_id": "829824295735410756"
              }
            }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The image example with one change applied to the whole request. */
    static String image(Consumer<ObjectNode> change) {
        return changed(IMAGE_REFER_EXAMPLE, change);
    }

    /** The video example with one change applied to the whole request. */
    static String video(Consumer<ObjectNode> change) {
        return changed(VIDEO_REFER_EXAMPLE, change);
    }

    static ObjectNode params(ObjectNode request) {
        return (ObjectNode) request.get("model_params");
    }

    private static String changed(String body, Consumer<ObjectNode> change) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(body);
            change.accept(request);
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Bodies() {}
}
