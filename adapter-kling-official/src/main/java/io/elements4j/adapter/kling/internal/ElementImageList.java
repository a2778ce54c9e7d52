package io.elements4j.adapter.kling.internal;

import java.util.List;

/** A create's {@code element_image_list}: {@code {"frontal_image": "…", "refer_images": [{"image_url": "…"}]}}; left out for a video element. */
public record ElementImageList(String frontal_image, List<ImageRef> refer_images) {

    public record ImageRef(String image_url) {}
}
