package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds create-element bodies: valid by default, each method bends one thing. */
final class CreateBody {

    private final ObjectNode body = KlingWire.JSON.createObjectNode();

    static CreateBody image(String name) {
        CreateBody b = new CreateBody();
        b.body.put("element_name", name)
                .put("element_description", "A test character")
                .put("reference_type", "image_refer");
        ObjectNode images =
                b.body.putObject("element_image_list").put("frontal_image", "https://example.com/front.png");
        images.putArray("refer_images").addObject().put("image_url", "https://example.com/side.png");
        return b;
    }

    static CreateBody video(String name) {
        CreateBody b = new CreateBody();
        b.body.put("element_name", name)
                .put("element_description", "A test speaker")
                .put("reference_type", "video_refer");
        b.body.putObject("element_video_list")
                .putArray("refer_videos")
                .addObject()
                .put("video_url", "https://example.com/reference.mp4");
        return b;
    }

    CreateBody set(String field, String value) {
        body.put(field, value);
        return this;
    }

    CreateBody setNull(String field) {
        body.putNull(field);
        return this;
    }

    CreateBody remove(String field) {
        body.remove(field);
        return this;
    }

    CreateBody frontal(String value) {
        ((ObjectNode) body.get("element_image_list")).put("frontal_image", value);
        return this;
    }

    CreateBody referImages(int count) {
        ArrayNode refers = ((ObjectNode) body.get("element_image_list")).putArray("refer_images");
        for (int i = 1; i <= count; i++) {
            refers.addObject().put("image_url", "https://example.com/angle-" + i + ".png");
        }
        return this;
    }

    CreateBody videos(int count) {
        ArrayNode refers = ((ObjectNode) body.get("element_video_list")).putArray("refer_videos");
        for (int i = 1; i <= count; i++) {
            refers.addObject().put("video_url", "https://example.com/reference-" + i + ".mp4");
        }
        return this;
    }

    CreateBody tags(String... ids) {
        ArrayNode tags = body.putArray("tag_list");
        for (String id : ids) {
            tags.addObject().put("tag_id", id);
        }
        return this;
    }

    String json() {
        return body.toString();
    }
}
