package io.elements4j.adapter.kling.internal;

import java.util.List;

/**
 * The body of {@code POST /v1/general/advanced-custom-elements}, field for field as documented. Absent values are
 * {@code null} and left out on the wire.
 */
public record CreateElementRequest(
        String element_name,
        String element_description,
        String reference_type,
        ElementImageList element_image_list,
        ElementVideoList element_video_list,
        String element_voice_id,
        List<TagRef> tag_list,
        String callback_url,
        String external_task_id) {

    /** {@code {"tag_id": "o_102"}} */
    public record TagRef(String tag_id) {}
}
