package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import java.util.List;

/**
 * An element as Kling reports it. {@code element_id} is a 64-bit number above 2^53 and is kept as its exact text;
 * {@code element_type} (a reseller's name for it) is read as {@code reference_type}; tags come as
 * {@code {tag_id}} or {@code {id, name, description}}. A class bound field by field, for the reason
 * {@link KlingTaskRecord} gives; what a create sends is {@link CreateElementRequest}, a record.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class KlingElementRecord {

    @JsonDeserialize(using = ExactTextDeserializer.class)
    private String element_id;

    private String element_name;
    private String element_description;

    @JsonAlias("element_type")
    private String reference_type;

    private Images element_image_list;
    private Videos element_video_list;
    private KlingVoiceRecord element_voice_info;
    private List<KlingTagRecord> tag_list;

    @JsonDeserialize(using = ExactTextDeserializer.class)
    private String owned_by;

    private String status;

    private KlingElementRecord() {}

    /** {@code element_id}: the exact decimal text of a 64-bit number. */
    public String element_id() {
        return element_id;
    }

    /** {@code element_name}. */
    public String element_name() {
        return element_name;
    }

    /** {@code element_description}. */
    public String element_description() {
        return element_description;
    }

    /** {@code reference_type} ({@code element_type}): {@code image_refer} or {@code video_refer}. */
    public String reference_type() {
        return reference_type;
    }

    /** {@code element_image_list}; {@code {}} on a video element. */
    public Images element_image_list() {
        return element_image_list;
    }

    /** {@code element_video_list}; {@code {}} on an image element. */
    public Videos element_video_list() {
        return element_video_list;
    }

    /** {@code element_voice_info}; {@code {}} when no voice is bound. */
    public KlingVoiceRecord element_voice_info() {
        return element_voice_info;
    }

    /** {@code tag_list}. */
    public List<KlingTagRecord> tag_list() {
        return tag_list;
    }

    /** {@code owned_by}: {@code kling} for the official library, else the creator's id. */
    public String owned_by() {
        return owned_by;
    }

    /** {@code status}: {@code succeed}, or {@code deleted} for a deleted element. */
    public String status() {
        return status;
    }

    /** {@code element_image_list}: {@code {"frontal_image": "…", "refer_images": [{"image_url": "…"}]}}. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Images {

        private String frontal_image;
        private List<ImageUrl> refer_images;

        private Images() {}

        /** {@code frontal_image}: the photo the element is seen from the front in. */
        public String frontal_image() {
            return frontal_image;
        }

        /** {@code refer_images}: the other photos. */
        public List<ImageUrl> refer_images() {
            return refer_images;
        }
    }

    /** {@code {"image_url": "…"}} */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class ImageUrl {

        private String image_url;

        private ImageUrl() {}

        /** {@code image_url}. */
        public String image_url() {
            return image_url;
        }
    }

    /** {@code element_video_list}: {@code {"refer_videos": [{"video_url": "…"}]}}. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Videos {

        private List<VideoUrl> refer_videos;

        private Videos() {}

        /** {@code refer_videos}: the element's reference video, first. */
        public List<VideoUrl> refer_videos() {
            return refer_videos;
        }
    }

    /** {@code {"video_url": "…"}} */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class VideoUrl {

        private String video_url;

        private VideoUrl() {}

        /** {@code video_url}. */
        public String video_url() {
            return video_url;
        }
    }
}
