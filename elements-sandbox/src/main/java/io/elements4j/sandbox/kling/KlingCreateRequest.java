package io.elements4j.sandbox.kling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Base64;
import java.util.Map;

/**
 * A create-element body that passed Kling's documented checks (Kling's element API docs): name ≤20, description
 * required ≤100, {@code reference_type} enum, a frontal image and 1–3 refer images, or exactly one refer video,
 * catalogue tag ids. Media are http(s) URLs or plain Base64 (a {@code data:} prefix is refused).
 *
 * <p>Stricter than Kling on two points, so adapter bugs show: an unknown top-level field is refused (1200), and so
 * is an explicit {@code null} (an adapter must leave optional fields out). Empty optional strings count as absent,
 * as in the documentation's own example ({@code "external_task_id": ""}).
 */
record KlingCreateRequest(
        String name,
        String description,
        String referenceType,
        Option<String> frontalImage,
        Seq<String> referImages,
        Option<String> video,
        Option<String> voiceId,
        Seq<String> tagIds,
        Option<String> callbackUrl,
        Option<String> externalTaskId) {

    static final String IMAGE_REFER = "image_refer";
    static final String VIDEO_REFER = "video_refer";

    private static final Set<String> FIELDS = HashSet.of(
            "element_name",
            "element_description",
            "reference_type",
            "element_image_list",
            "element_video_list",
            "element_voice_id",
            "tag_list",
            "callback_url",
            "external_task_id");

    /** The 400 a refused body earns. */
    record Rejection(int code, String message) {}

    boolean isVideo() {
        return VIDEO_REFER.equals(referenceType);
    }

    static Either<Rejection, KlingCreateRequest> parse(String body) {
        Option<ObjectNode> json = SimJson.readObject(body);
        if (json.isEmpty()) {
            return reject(1200, "the request body must be a JSON object");
        }
        ObjectNode node = json.get();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                return reject(1200, "unknown parameter: " + field.getKey());
            }
            if (field.getValue().isNull()) {
                return reject(1200, "parameter " + field.getKey() + " must not be null; leave it out instead");
            }
        }
        return requiredText(node, "element_name", 20)
                .flatMap(name -> requiredText(node, "element_description", 100)
                        .flatMap(description -> referenceType(node)
                                .flatMap(type -> media(node, type)
                                        .flatMap(media -> optionalText(node, "element_voice_id")
                                                .flatMap(voice -> tags(node)
                                                        .flatMap(tags -> callback(node)
                                                                .flatMap(callback -> optionalText(
                                                                                node, "external_task_id")
                                                                        .map(external -> new KlingCreateRequest(
                                                                                name,
                                                                                description,
                                                                                type,
                                                                                media.frontal,
                                                                                media.refers,
                                                                                media.video,
                                                                                voice,
                                                                                tags,
                                                                                callback,
                                                                                external)))))))));
    }

    private record Media(Option<String> frontal, Seq<String> refers, Option<String> video) {}

    private static Either<Rejection, String> requiredText(ObjectNode node, String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return reject(1201, field + " is required");
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        return length > max
                ? reject(1201, field + " must not exceed " + max + " characters (got " + length + ")")
                : Either.right(text);
    }

    private static Either<Rejection, Option<String>> optionalText(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Either.right(Option.none());
        }
        if (!value.isTextual()) {
            return reject(1201, field + " must be a string");
        }
        return Either.right(Option.of(value.asText()).filter(v -> !v.isBlank()));
    }

    private static Either<Rejection, String> referenceType(ObjectNode node) {
        JsonNode value = node.get("reference_type");
        if (value == null || !value.isTextual()) {
            return reject(1201, "reference_type is required: image_refer or video_refer");
        }
        String type = value.asText();
        return IMAGE_REFER.equals(type) || VIDEO_REFER.equals(type)
                ? Either.right(type)
                : reject(1201, "reference_type must be image_refer or video_refer, not '" + type + "'");
    }

    private static Either<Rejection, Media> media(ObjectNode node, String type) {
        return IMAGE_REFER.equals(type)
                ? images(node.get("element_image_list"))
                : videos(node.get("element_video_list"));
    }

    private static Either<Rejection, Media> images(JsonNode list) {
        if (list == null || !list.isObject()) {
            return reject(1201, "element_image_list is required when reference_type is image_refer");
        }
        Either<Rejection, String> frontal = mediaValue(list.get("frontal_image"), "element_image_list.frontal_image");
        if (frontal.isLeft()) {
            return Either.left(frontal.getLeft());
        }
        JsonNode refers = list.get("refer_images");
        if (refers == null || !refers.isArray() || refers.isEmpty() || refers.size() > 3) {
            return reject(1201, "element_image_list.refer_images must hold 1 to 3 images besides the frontal one");
        }
        Seq<String> urls = List.empty();
        for (int i = 0; i < refers.size(); i++) {
            Either<Rejection, String> url =
                    mediaValue(refers.get(i).get("image_url"), "element_image_list.refer_images[" + i + "].image_url");
            if (url.isLeft()) {
                return Either.left(url.getLeft());
            }
            urls = urls.append(url.get());
        }
        return Either.right(new Media(Option.some(frontal.get()), urls, Option.none()));
    }

    private static Either<Rejection, Media> videos(JsonNode list) {
        if (list == null || !list.isObject()) {
            return reject(1201, "element_video_list is required when reference_type is video_refer");
        }
        JsonNode refers = list.get("refer_videos");
        if (refers == null || !refers.isArray() || refers.size() != 1) {
            return reject(1201, "element_video_list.refer_videos must hold exactly 1 video");
        }
        return mediaValue(refers.get(0).get("video_url"), "element_video_list.refer_videos[0].video_url")
                .map(url -> new Media(Option.none(), List.empty(), Option.some(url)));
    }

    /** An http(s) URL, or plain Base64 without a {@code data:} prefix. */
    private static Either<Rejection, String> mediaValue(JsonNode value, String field) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return reject(1201, field + " must not be empty");
        }
        String text = value.asText();
        if (text.startsWith("https://") || text.startsWith("http://")) {
            return Either.right(text);
        }
        if (text.regionMatches(true, 0, "data:", 0, 5)) {
            return reject(1201, field + ": send the Base64 content without a data: prefix");
        }
        try {
            Base64.getDecoder().decode(text);
            return Either.right(text);
        } catch (IllegalArgumentException e) {
            return reject(1201, field + " is neither an http(s) URL nor Base64");
        }
    }

    private static Either<Rejection, Seq<String>> tags(ObjectNode node) {
        JsonNode list = node.get("tag_list");
        if (list == null) {
            return Either.right(List.empty());
        }
        if (!list.isArray()) {
            return reject(1201, "tag_list must be an array of {\"tag_id\": ...}");
        }
        Seq<String> ids = List.empty();
        for (JsonNode item : list) {
            JsonNode id = item.get("tag_id");
            if (id == null || !id.isTextual() || !KlingCatalogue.TAGS.containsKey(id.asText())) {
                return reject(
                        1201,
                        "tag_list holds an unknown tag_id: " + (id == null ? item : id.asText())
                                + " (known: o_101 to o_108)");
            }
            ids = ids.append(id.asText());
        }
        return Either.right(ids.distinct());
    }

    private static Either<Rejection, Option<String>> callback(ObjectNode node) {
        return optionalText(node, "callback_url")
                .flatMap(url -> url.isEmpty() || url.get().matches("https?://[^/\\s]+.*")
                        ? Either.right(url)
                        : reject(1201, "callback_url must be an http(s) URL"));
    }

    private static <T> Either<Rejection, T> reject(int code, String message) {
        return Either.left(new Rejection(code, message));
    }
}
