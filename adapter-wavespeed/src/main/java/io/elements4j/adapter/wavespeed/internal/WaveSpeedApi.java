package io.elements4j.adapter.wavespeed.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.List;

/**
 * WaveSpeed's prediction API as Feign calls it, and its records (the shared mapper skips unknown fields and leaves
 * out absent ones). Every answer is {@code {code, message, data}}, {@code data} the prediction.
 */
public interface WaveSpeedApi {

    /** Submits a prediction of {@code kwaivgi/<model>}. */
    @RequestLine("POST /api/v3/kwaivgi/{model}")
    @Headers("Content-Type: application/json")
    Answer create(@Param("model") String model, ElementRequest body);

    /** The same, and WaveSpeed POSTs the prediction to {@code webhook} when it ends. */
    @RequestLine("POST /api/v3/kwaivgi/{model}?webhook={webhook}")
    @Headers("Content-Type: application/json")
    Answer create(@Param("model") String model, @Param("webhook") String webhook, ElementRequest body);

    /** The prediction as it stands. */
    @RequestLine("GET /api/v3/predictions/{id}/result")
    Answer result(@Param("id") String id);

    /**
     * The advanced model's body: {@code reference_type} {@code image_refer} with {@code frontal_image} and
     * {@code refer_images}, or {@code video_refer} with {@code element_video_list}; {@code voice_id} optional.
     */
    record ElementRequest(
            String name,
            String description,
            String reference_type,
            String frontal_image,
            List<String> refer_images,
            List<String> element_video_list,
            String voice_id) {}

    /** {@code code} mirrors the HTTP status (200 on success). */
    record Answer(JsonNode code, String message, Prediction data) {}

    /**
     * A prediction: {@code status} is {@code created}, {@code processing}, {@code completed} or {@code failed} (and,
     * in WaveSpeed's own polling example, {@code cancelled}, {@code timeout} or {@code deleted}); {@code outputs}
     * holds the element once completed; {@code error} says why it failed. A webhook's body is this object bare.
     */
    record Prediction(
            String id, String model, String status, List<JsonNode> outputs, String error, String created_at) {}
}
