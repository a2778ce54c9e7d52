package io.elements4j.sandbox.wavespeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** What WaveSpeed's element models refuse in a body, as their parameter tables say. */
final class WaveSpeedInputs {

    private WaveSpeedInputs() {}

    /** {@code kwaivgi/kling-elements-advanced}: the first thing wrong, if anything is. */
    static Option<String> problem(ObjectNode body) {
        Option<String> common = nameAndDescription(body);
        if (common.isDefined()) {
            return common;
        }
        String kind = text(body, "reference_type").getOrElse("image_refer");
        if (kind.equals("video_refer")) {
            return urls(body.get("element_video_list")).size() == 1
                    ? Option.none()
                    : Option.some("element_video_list must hold one video URL when reference_type is video_refer");
        }
        if (!kind.equals("image_refer")) {
            return Option.some("reference_type must be image_refer or video_refer, not '" + kind + "'");
        }
        if (text(body, "frontal_image").isEmpty()) {
            return Option.some("frontal_image is required when reference_type is image_refer");
        }
        int extras = urls(body.get("refer_images")).size();
        return extras < 1 || extras > 4
                ? Option.some("refer_images must hold 1 to 4 image URLs, not " + extras)
                : Option.none();
    }

    /** {@code kwaivgi/kling-elements}: photos only, {@code image} and 1–3 {@code element_refer_list} URLs. */
    static Option<String> basicProblem(ObjectNode body) {
        Option<String> common = nameAndDescription(body);
        if (common.isDefined()) {
            return common;
        }
        if (text(body, "image").isEmpty()) {
            return Option.some("image is required");
        }
        int extras = urls(body.get("element_refer_list")).size();
        return extras < 1 || extras > 3
                ? Option.some("element_refer_list must hold 1 to 3 image URLs, not " + extras)
                : Option.none();
    }

    private static Option<String> nameAndDescription(ObjectNode body) {
        Option<String> name = text(body, "name");
        Option<String> description = text(body, "description");
        if (name.isEmpty() || name.get().length() > 20) {
            return Option.some("name is required and cannot exceed 20 characters");
        }
        return description.isEmpty() || description.get().length() > 100
                ? Option.some("description is required and cannot exceed 100 characters")
                : Option.none();
    }

    private static List<String> urls(JsonNode array) {
        return array == null || !array.isArray()
                ? List.empty()
                : List.ofAll(array)
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText)
                        .filter(u -> !u.isBlank());
    }

    private static Option<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank()
                ? Option.none()
                : Option.of(value.asText());
    }
}
