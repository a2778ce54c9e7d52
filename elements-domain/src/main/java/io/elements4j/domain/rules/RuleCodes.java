package io.elements4j.domain.rules;

/**
 * The stable codes of {@link RuleViolation}s. Programs match on these, so a code, once published, never changes
 * meaning; messages may be reworded at any time.
 */
public final class RuleCodes {

    public static final String NAME_BLANK = "name.blank";
    public static final String NAME_TOO_LONG = "name.too_long";

    public static final String DESCRIPTION_REQUIRED = "description.required";
    public static final String DESCRIPTION_TOO_LONG = "description.too_long";

    public static final String REFERENCES_IMAGE_UNSUPPORTED = "references.image.unsupported";
    public static final String REFERENCES_VIDEO_UNSUPPORTED = "references.video.unsupported";
    public static final String REFERENCES_EXTRAS_TOO_FEW = "references.extras.too_few";
    public static final String REFERENCES_EXTRAS_TOO_MANY = "references.extras.too_many";

    public static final String GENERATE_VIEWS_UNSUPPORTED = "generate_views.unsupported";
    public static final String GENERATE_VIEWS_WITH_EXTRAS = "generate_views.with_extras";
    public static final String GENERATE_VIEWS_VIDEO = "generate_views.video";

    public static final String MEDIA_URL_INVALID = "media.url.invalid";
    public static final String MEDIA_INLINE_UNSUPPORTED = "media.inline.unsupported";

    public static final String IMAGE_FORMAT = "image.format";
    public static final String IMAGE_TOO_LARGE = "image.too_large";
    public static final String IMAGE_TOO_SMALL = "image.too_small";
    public static final String IMAGE_ASPECT = "image.aspect";

    public static final String VIDEO_FORMAT = "video.format";
    public static final String VIDEO_TOO_SHORT = "video.too_short";
    public static final String VIDEO_TOO_LONG = "video.too_long";
    public static final String VIDEO_TOO_LARGE = "video.too_large";
    public static final String VIDEO_RESOLUTION = "video.resolution";
    public static final String VIDEO_ASPECT = "video.aspect";

    public static final String VOICE_UNSUPPORTED = "voice.unsupported";
    public static final String VOICE_BINDING_KIND = "voice.binding_kind";
    public static final String VOICE_REQUIRES_CHARACTER_TAG = "voice.requires_character_tag";
    public static final String VOICE_REQUIRES_VIDEO_ELEMENT = "voice.requires_video_element";
    /** The element kind is not one the vendor binds voices to, in a combination other than "video only". */
    public static final String VOICE_ELEMENT_KIND = "voice.element_kind";
    public static final String VOICE_EXTRACT_REQUIRES_VIDEO = "voice.extract_requires_video";
    public static final String VOICE_CLIP_URL_INVALID = "voice.clip_url.invalid";

    public static final String TAGS_UNSUPPORTED = "tags.unsupported";
    public static final String TAGS_TOO_MANY = "tags.too_many";
    public static final String TAGS_UNKNOWN = "tags.unknown";

    public static final String CALLBACK_UNSUPPORTED = "callback.unsupported";
    public static final String CALLBACK_MALFORMED = "callback.malformed";
    public static final String CALLBACK_NOT_HTTPS = "callback.not_https";
    public static final String CALLBACK_PRIVATE_HOST = "callback.private_host";
    public static final String CALLBACK_TOO_LONG = "callback.too_long";

    private RuleCodes() {
    }
}
