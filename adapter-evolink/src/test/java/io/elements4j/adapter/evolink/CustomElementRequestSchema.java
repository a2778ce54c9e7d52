package io.elements4j.adapter.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A hand-written check of a create body against the {@code CustomElementRequest} schema of Evolink's element docs's OpenAPI
 * (no JSON-schema library: the schema is small, and these are its facts, one per line):
 *
 * <ul>
 *   <li>required {@code model} (string, enum {@code kling-custom-element}) and {@code model_params} (object);
 *       optional {@code callback_url} (string, uri);</li>
 *   <li>{@code model_params}: required {@code element_name} (string, maxLength 20), {@code element_description}
 *       (string, maxLength 100), {@code reference_type} (enum {@code image_refer | video_refer}); optional
 *       {@code element_image_list} (object: {@code frontal_image} uri string, {@code refer_images} array of objects
 *       with required uri string {@code image_url}), {@code element_video_list} (object with required uri string
 *       {@code video_url}), {@code element_voice_id} (string);</li>
 *   <li>from the field descriptions: {@code element_image_list} is required for {@code image_refer},
 *       {@code element_video_list} for {@code video_refer}, and {@code element_voice_id} is only for
 *       {@code video_refer}.</li>
 * </ul>
 *
 * <p>Stricter than the OpenAPI on one point, on purpose: no property outside the schema and no JSON {@code null}
 * anywhere — we send exactly the documented shape, so anything else is our bug.
 */
final class CustomElementRequestSchema {

    private static final Set<String> REQUEST_FIELDS = Set.of("model", "model_params", "callback_url");
    private static final Set<String> PARAMS_FIELDS = Set.of(
            "element_name",
            "element_description",
            "reference_type",
            "element_image_list",
            "element_video_list",
            "element_voice_id");
    private static final Set<String> IMAGE_LIST_FIELDS = Set.of("frontal_image", "refer_images");
    private static final Set<String> REFER_IMAGE_FIELDS = Set.of("image_url");
    private static final Set<String> VIDEO_LIST_FIELDS = Set.of("video_url");

    /** Every way {@code request} breaks the schema; empty when it conforms. */
    static List<String> violations(JsonNode request) {
        List<String> found = new ArrayList<>();
        if (!request.isObject()) {
            found.add("$: must be an object");
            return found;
        }
        onlyKnown(request, "$", REQUEST_FIELDS, found);
        JsonNode model = required(request, "$", "model", found);
        if (model != null && !(model.isTextual() && model.asText().equals("kling-custom-element"))) {
            found.add("$.model: must be \"kling-custom-element\"");
        }
        JsonNode callback = request.get("callback_url");
        if (callback != null) {
            uri(callback, "$.callback_url", found);
        }
        JsonNode params = required(request, "$", "model_params", found);
        if (params == null) {
            return found;
        }
        if (!params.isObject()) {
            found.add("$.model_params: must be an object");
            return found;
        }
        checkParams(params, found);
        return found;
    }

    private static void checkParams(JsonNode params, List<String> found) {
        String at = "$.model_params";
        onlyKnown(params, at, PARAMS_FIELDS, found);
        string(required(params, at, "element_name", found), at + ".element_name", 20, found);
        string(required(params, at, "element_description", found), at + ".element_description", 100, found);
        JsonNode type = required(params, at, "reference_type", found);
        boolean image = type != null && type.isTextual() && type.asText().equals("image_refer");
        boolean video = type != null && type.isTextual() && type.asText().equals("video_refer");
        if (type != null && !image && !video) {
            found.add(at + ".reference_type: must be one of image_refer, video_refer");
        }
        JsonNode images = params.get("element_image_list");
        if (images != null) {
            imageList(images, at + ".element_image_list", found);
        } else if (image) {
            found.add(at + ".element_image_list: required when reference_type is image_refer");
        }
        JsonNode videoList = params.get("element_video_list");
        if (videoList != null) {
            object(videoList, at + ".element_video_list", VIDEO_LIST_FIELDS, found);
            if (videoList.isObject()) {
                uri(
                        required(videoList, at + ".element_video_list", "video_url", found),
                        at + ".element_video_list.video_url",
                        found);
            }
        } else if (video) {
            found.add(at + ".element_video_list: required when reference_type is video_refer");
        }
        JsonNode voice = params.get("element_voice_id");
        if (voice != null) {
            string(voice, at + ".element_voice_id", Integer.MAX_VALUE, found);
            if (image) {
                found.add(at + ".element_voice_id: only supported when reference_type is video_refer");
            }
        }
    }

    private static void imageList(JsonNode images, String at, List<String> found) {
        object(images, at, IMAGE_LIST_FIELDS, found);
        if (!images.isObject()) {
            return;
        }
        JsonNode frontal = images.get("frontal_image");
        if (frontal != null) {
            uri(frontal, at + ".frontal_image", found);
        }
        JsonNode refer = images.get("refer_images");
        if (refer == null) {
            return;
        }
        if (!refer.isArray()) {
            found.add(at + ".refer_images: must be an array");
            return;
        }
        for (int i = 0; i < refer.size(); i++) {
            String item = at + ".refer_images[" + i + "]";
            object(refer.get(i), item, REFER_IMAGE_FIELDS, found);
            if (refer.get(i).isObject()) {
                uri(required(refer.get(i), item, "image_url", found), item + ".image_url", found);
            }
        }
    }

    private static JsonNode required(JsonNode node, String at, String field, List<String> found) {
        JsonNode value = node.get(field);
        if (value == null) {
            found.add(at + "." + field + ": required");
        }
        return value;
    }

    private static void object(JsonNode node, String at, Set<String> known, List<String> found) {
        if (!node.isObject()) {
            found.add(at + ": must be an object");
            return;
        }
        onlyKnown(node, at, known, found);
    }

    private static void onlyKnown(JsonNode node, String at, Set<String> known, List<String> found) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                found.add(at + "." + name + ": not in the schema");
            } else if (node.get(name).isNull()) {
                found.add(at + "." + name + ": null is never sent");
            }
        }
    }

    private static void string(JsonNode node, String at, int maxLength, List<String> found) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isTextual()) {
            found.add(at + ": must be a string");
        } else if (node.asText().codePointCount(0, node.asText().length()) > maxLength) {
            found.add(at + ": longer than " + maxLength + " characters");
        }
    }

    private static void uri(JsonNode node, String at, List<String> found) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isTextual()) {
            found.add(at + ": must be a string");
            return;
        }
        try {
            if (!new URI(node.asText()).isAbsolute()) {
                found.add(at + ": must be an absolute URI");
            }
        } catch (URISyntaxException e) {
            found.add(at + ": not a URI");
        }
    }

    private CustomElementRequestSchema() {}
}
