package io.elements4j.sandbox.queue;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.sandbox.core.SimJson;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * The rules GMI Cloud's queue guide gives for a {@code kling-create-element} payload, checked the way the queue would: every
 * broken rule is reported, each as {@code payload.<field>: <what is wrong>}.
 */
final class CreateElementPayload {

    static final Set<String> TAG_IDS =
            HashSet.of("o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108");
    private static final int MAX_NAME = 20;
    private static final int MAX_DESCRIPTION = 100;

    private CreateElementPayload() {}

    /** Everything wrong with the payload; empty when the queue would accept it. */
    static Seq<String> problems(JsonNode payload) {
        List<String> problems = List.empty();
        problems = problems.appendAll(text(payload, "element_name", MAX_NAME));
        problems = problems.appendAll(text(payload, "element_description", MAX_DESCRIPTION));
        Option<String> type = SimJson.text(payload, "reference_type");
        if (type.isEmpty()) {
            problems = problems.append("payload.reference_type: required, one of image_refer, video_refer");
        } else if (type.get().equals("image_refer")) {
            problems = problems.appendAll(imageReferences(payload));
        } else if (type.get().equals("video_refer")) {
            if (!isUrl(payload.get("refer_video"))) {
                problems = problems.append("payload.refer_video: required for video_refer, a video URL");
            }
        } else {
            problems = problems.append(
                    "payload.reference_type: must be image_refer or video_refer, got '" + type.get() + "'");
        }
        if (payload.has("element_voice_id")) {
            if (!type.contains("video_refer")) {
                problems = problems.append("payload.element_voice_id: only video_refer elements can bind a voice");
            } else if (SimJson.text(payload, "element_voice_id").isEmpty()) {
                problems = problems.append("payload.element_voice_id: must be a voice id");
            }
        }
        return problems.appendAll(tags(payload.get("tag_list")));
    }

    /** The tag ids of a valid payload, in order. */
    static Seq<String> tagIds(JsonNode payload) {
        JsonNode tags = payload.get("tag_list");
        return tags == null || !tags.isArray()
                ? List.empty()
                : List.ofAll(tags).map(t -> t.path("tag_id").asText());
    }

    private static Seq<String> text(JsonNode payload, String field, int maxLength) {
        Option<String> value = SimJson.text(payload, field);
        if (value.isEmpty() || !payload.get(field).isTextual()) {
            return List.of("payload." + field + ": required, a string of at most " + maxLength + " characters");
        }
        int length = value.get().codePointCount(0, value.get().length());
        return length > maxLength
                ? List.of("payload." + field + ": at most " + maxLength + " characters, got " + length)
                : List.empty();
    }

    private static Seq<String> imageReferences(JsonNode payload) {
        List<String> problems = List.empty();
        if (!isUrl(payload.get("frontal_image"))) {
            problems = problems.append("payload.frontal_image: required for image_refer, an image URL");
        }
        JsonNode refer = payload.get("refer_images");
        if (refer == null || !refer.isArray() || refer.isEmpty() || refer.size() > 3) {
            problems = problems.append("payload.refer_images: required for image_refer, 1 to 3 image URLs");
        } else {
            for (int i = 0; i < refer.size(); i++) {
                JsonNode image = refer.get(i);
                // GMI Cloud's queue guide types it image[] (URL strings); Kling's own {image_url} objects are accepted
                // too (inferred).
                JsonNode url = image.isObject() ? image.get("image_url") : image;
                if (!isUrl(url)) {
                    problems = problems.append("payload.refer_images[" + i + "]: must be an image URL");
                }
            }
        }
        return problems;
    }

    private static Seq<String> tags(JsonNode tags) {
        if (tags == null || tags.isNull()) {
            return List.empty();
        }
        if (!tags.isArray()) {
            return List.of("payload.tag_list: must be an array of {\"tag_id\": \"o_1xx\"}");
        }
        List<String> problems = List.empty();
        for (int i = 0; i < tags.size(); i++) {
            String id = tags.get(i).path("tag_id").asText("");
            if (!TAG_IDS.contains(id)) {
                problems = problems.append(
                        "payload.tag_list[" + i + "].tag_id: unknown tag '" + id + "', one of o_101 … o_108");
            }
        }
        return problems;
    }

    private static boolean isUrl(JsonNode node) {
        return node != null
                && node.isTextual()
                && (node.asText().startsWith("https://") || node.asText().startsWith("http://"));
    }
}
