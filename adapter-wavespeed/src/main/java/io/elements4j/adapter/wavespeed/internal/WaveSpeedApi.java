package io.elements4j.adapter.wavespeed.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.RequestLine;
import io.elements4j.adapter.support.KlingElementFields;
import java.util.List;

/**
 * WaveSpeed's prediction API as Feign calls it, and its records (the shared mapper skips unknown fields and leaves
 * out absent ones). Every answer is {@code {code, message, data}}, {@code data} the prediction.
 */
public interface WaveSpeedApi {

    /**
     * Submits a prediction of {@code kwaivgi/<model>}, whose body is the model's ({@link AdvancedRequest},
     * {@link BasicRequest}); WaveSpeed POSTs it to {@code webhook} when it ends (Feign leaves the parameter out when
     * it is null).
     */
    @RequestLine("POST /api/v3/kwaivgi/{model}?webhook={webhook}")
    Answer create(@Param("model") String model, @Param("webhook") String webhook, Object body);

    /** The prediction as it stands. */
    @RequestLine(value = "GET /api/v3/predictions/{id}/result", decodeSlash = false)
    Answer result(@Param("id") String id);

    /**
     * {@code kwaivgi/kling-elements-advanced}'s body: photos ({@code reference_type} {@code image_refer},
     * {@code frontal_image}, {@code refer_images}) or a video ({@code video_refer}, {@code element_video_list}), and
     * an optional {@code voice_id}.
     */
    record AdvancedRequest(
            String name,
            String description,
            String reference_type,
            String frontal_image,
            List<String> refer_images,
            List<String> element_video_list,
            String voice_id) {

        /** The body for a draft's fields. */
        public static AdvancedRequest of(KlingElementFields f) {
            List<String> video = f.referVideo() == null ? null : List.of(f.referVideo());
            return new AdvancedRequest(
                    f.elementName(),
                    f.elementDescription(),
                    f.referenceType(),
                    f.frontalImage(),
                    f.referImages(),
                    video,
                    f.elementVoiceId());
        }
    }

    /**
     * {@code kwaivgi/kling-elements}'s body: photos only, the frontal one as {@code image} and the others as
     * {@code element_refer_list}, and an optional {@code voice_id}.
     */
    record BasicRequest(
            String name, String description, String image, List<String> element_refer_list, String voice_id) {

        /** The body for a draft's fields. */
        public static BasicRequest of(KlingElementFields f) {
            return new BasicRequest(
                    f.elementName(), f.elementDescription(), f.frontalImage(), f.referImages(), f.elementVoiceId());
        }
    }

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
