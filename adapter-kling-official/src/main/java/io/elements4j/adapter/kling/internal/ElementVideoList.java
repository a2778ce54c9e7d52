package io.elements4j.adapter.kling.internal;

import java.util.List;

/** {@code element_video_list}: {@code {"refer_videos": [{"video_url": "…"}]}}; {@code {}} on image elements. */
public record ElementVideoList(List<VideoRef> refer_videos) {

    public record VideoRef(String video_url) {}
}
