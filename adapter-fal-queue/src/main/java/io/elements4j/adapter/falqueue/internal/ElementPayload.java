package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code kling-create-element} payload with GMI Cloud's queue guide's flat fields. Absent values and empty lists are left out,
 * so an image element carries no {@code refer_video} and an untagged one no {@code tag_list}.
 *
 * <p>{@code refer_images} is a list of URL strings: GMI Cloud's queue guide's table types it {@code image[]}, unlike Kling's own
 * API, whose {@code refer_images} holds {@code {"image_url": …}} objects.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "element_name",
    "element_description",
    "reference_type",
    "frontal_image",
    "refer_images",
    "refer_video",
    "element_voice_id",
    "tag_list"
})
public record ElementPayload(
        @JsonProperty("element_name") String elementName,
        @JsonProperty("element_description") String elementDescription,
        @JsonProperty("reference_type") String referenceType,
        @JsonProperty("frontal_image") String frontalImage,
        @JsonProperty("refer_images") List<String> referImages,
        @JsonProperty("refer_video") String referVideo,
        @JsonProperty("element_voice_id") String elementVoiceId,
        @JsonProperty("tag_list") List<TagRef> tagList) {

    public ElementPayload {
        referImages = referImages == null ? null : List.copyOf(referImages);
        tagList = tagList == null ? null : List.copyOf(tagList);
    }

    /** {@code {"tag_id": "o_102"}} */
    public record TagRef(@JsonProperty("tag_id") String tagId) {}
}
