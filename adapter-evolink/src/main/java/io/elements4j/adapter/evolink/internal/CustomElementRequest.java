package io.elements4j.adapter.evolink.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/videos/generations} for {@code kling-custom-element}, field for field as the
 * {@code CustomElementRequest} schema of Evolink's element docs defines it. Absent values are never sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomElementRequest(
        String model,
        @JsonProperty("model_params") ModelParams modelParams,
        @JsonProperty("callback_url") String callbackUrl) {

    public static final String MODEL = "kling-custom-element";

    /** {@code model_params}: the element, its references and its voice. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ModelParams(
            @JsonProperty("element_name") String elementName,
            @JsonProperty("element_description") String elementDescription,
            @JsonProperty("reference_type") String referenceType,
            @JsonProperty("element_image_list") ElementImageList elementImageList,
            @JsonProperty("element_video_list") ElementVideoList elementVideoList,
            @JsonProperty("element_voice_id") String elementVoiceId) {}

    /** {@code element_image_list}: the frontal image and further angles, each {@code {"image_url": …}}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ElementImageList(
            @JsonProperty("frontal_image") String frontalImage,
            @JsonProperty("refer_images") List<ReferImage> referImages) {}

    public record ReferImage(@JsonProperty("image_url") String imageUrl) {}

    /** {@code element_video_list}: on Evolink one object with one URL, not Kling's {@code refer_videos[]}. */
    public record ElementVideoList(
            @JsonProperty("video_url") String videoUrl) {}
}
