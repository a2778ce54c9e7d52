package io.elements4j.adapter.kling.internal;

import java.util.List;

/** A create's {@code element_video_list}: {@code {"refer_videos": [{"video_url": "…"}]}}; left out for an image element. */
public record ElementVideoList(List<VideoRef> refer_videos) {

    public record VideoRef(String video_url) {}
}
