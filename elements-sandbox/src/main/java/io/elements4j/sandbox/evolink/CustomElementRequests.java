package io.elements4j.sandbox.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Checks a create body against the {@code CustomElementRequest} schema of Evolink's OpenAPI (Evolink's element docs): required
 * fields, types, the {@code reference_type} enum, the length limits, the shapes of {@code element_image_list} and
 * {@code element_video_list}, {@code element_voice_id} on video elements only, and the callback URL's rules.
 * Unknown fields are ignored, as the schema does not forbid them.
 */
final class CustomElementRequests {

    static final String MODEL = "kling-custom-element";
    static final String IMAGE_REFER = "image_refer";
    static final String VIDEO_REFER = "video_refer";

    private static final int NAME_MAX = 20;
    private static final int DESCRIPTION_MAX = 100;

    /** The message of Evolink's {@code invalid_request} error for the first problem found, or none when valid. */
    static Option<String> problem(String body) {
        return problem(body, false);
    }

    /** The first problem Evolink would name, with loopback callback URLs allowed or not. */
    static Option<String> problem(String body, boolean loopbackCallbacks) {
        Option<ObjectNode> parsed = SimJson.readObject(body);
        if (parsed.isEmpty()) {
            return Option.some("Request body must be a JSON object");
        }
        ObjectNode request = parsed.get();
        JsonNode model = request.get("model");
        if (model == null || !model.isTextual()) {
            return Option.some("model is required");
        }
        if (!model.asText().equals(MODEL)) {
            return Option.some("model must be " + MODEL + ", got " + model.asText());
        }
        JsonNode params = request.get("model_params");
        if (params == null || !params.isObject()) {
            return Option.some("model_params is required and must be an object");
        }
        return List.of(
                        text(params, "element_name", NAME_MAX),
                        text(params, "element_description", DESCRIPTION_MAX),
                        referenceType(params),
                        references(params),
                        voice(params),
                        callback(request, loopbackCallbacks))
                .flatMap(p -> p)
                .headOption();
    }

    private static Option<String> text(JsonNode node, String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Option.some(field + " is required");
        }
        if (!value.isTextual()) {
            return Option.some(field + " must be a string");
        }
        String text = value.asText();
        if (text.isBlank()) {
            return Option.some(field + " is required");
        }
        return text.codePointCount(0, text.length()) > maxLength
                ? Option.some(field + " must be at most " + maxLength + " characters")
                : Option.none();
    }

    private static Option<String> referenceType(JsonNode params) {
        JsonNode value = params.get("reference_type");
        if (value == null || value.isNull()) {
            return Option.some("reference_type is required");
        }
        return value.isTextual()
                        && (value.asText().equals(IMAGE_REFER) || value.asText().equals(VIDEO_REFER))
                ? Option.none()
                : Option.some("reference_type must be one of: " + IMAGE_REFER + ", " + VIDEO_REFER);
    }

    private static Option<String> references(JsonNode params) {
        String type = params.path("reference_type").asText();
        if (type.equals(IMAGE_REFER)) {
            return imageList(params.get("element_image_list"));
        }
        if (type.equals(VIDEO_REFER)) {
            return videoList(params.get("element_video_list"));
        }
        return Option.none();
    }

    private static Option<String> imageList(JsonNode list) {
        if (list == null || list.isNull()) {
            return Option.some("element_image_list is required when reference_type is " + IMAGE_REFER);
        }
        if (!list.isObject()) {
            return Option.some("element_image_list must be an object");
        }
        JsonNode frontal = list.get("frontal_image");
        if (frontal != null && !frontal.isTextual()) {
            return Option.some("element_image_list.frontal_image must be a URL string");
        }
        JsonNode refer = list.get("refer_images");
        if (refer == null) {
            return Option.none();
        }
        if (!refer.isArray()) {
            return Option.some("element_image_list.refer_images must be an array");
        }
        for (int i = 0; i < refer.size(); i++) {
            JsonNode item = refer.get(i);
            if (!item.isObject()
                    || !item.path("image_url").isTextual()
                    || item.path("image_url").asText().isBlank()) {
                return Option.some("element_image_list.refer_images[" + i + "].image_url is required");
            }
        }
        return Option.none();
    }

    private static Option<String> videoList(JsonNode list) {
        if (list == null || list.isNull()) {
            return Option.some("element_video_list is required when reference_type is " + VIDEO_REFER);
        }
        if (!list.isObject()) {
            return Option.some("element_video_list must be an object with a video_url");
        }
        JsonNode url = list.get("video_url");
        return url == null || !url.isTextual() || url.asText().isBlank()
                ? Option.some("element_video_list.video_url is required")
                : Option.none();
    }

    private static Option<String> voice(JsonNode params) {
        JsonNode voice = params.get("element_voice_id");
        if (voice == null || voice.isNull()) {
            return Option.none();
        }
        if (!voice.isTextual()) {
            return Option.some("element_voice_id must be a string");
        }
        return params.path("reference_type").asText().equals(IMAGE_REFER)
                ? Option.some("element_voice_id is only supported when reference_type is " + VIDEO_REFER)
                : Option.none();
    }

    private static Option<String> callback(JsonNode request, boolean loopbackCallbacks) {
        JsonNode url = request.get("callback_url");
        if (url == null || url.isNull()) {
            return Option.none();
        }
        if (!url.isTextual()) {
            return Option.some("callback_url must be a string");
        }
        return loopbackCallbacks && CallbackUrls.loopback(url.asText())
                ? Option.none()
                : CallbackUrls.problem(url.asText());
    }

    private CustomElementRequests() {}
}
