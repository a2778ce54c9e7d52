package io.elements4j.domain.rules;

/**
 * The stable codes of {@link RuleViolation}s. Programs match on these, so a code, once published, never changes
 * meaning; messages may be reworded at any time.
 */
public final class RuleCodes {

    /** Code {@code name.blank}: NAME BLANK. */
    public static final String NAME_BLANK = "name.blank";
    /** Code {@code name.too_long}: NAME TOO LONG. */
    public static final String NAME_TOO_LONG = "name.too_long";

    /** Code {@code description.required}: DESCRIPTION REQUIRED. */
    public static final String DESCRIPTION_REQUIRED = "description.required";
    /** Code {@code description.too_long}: DESCRIPTION TOO LONG. */
    public static final String DESCRIPTION_TOO_LONG = "description.too_long";

    /** Code {@code references.image.unsupported}: REFERENCES IMAGE UNSUPPORTED. */
    public static final String REFERENCES_IMAGE_UNSUPPORTED = "references.image.unsupported";
    /** Code {@code references.video.unsupported}: REFERENCES VIDEO UNSUPPORTED. */
    public static final String REFERENCES_VIDEO_UNSUPPORTED = "references.video.unsupported";
    /** Code {@code references.extras.too_few}: REFERENCES EXTRAS TOO FEW. */
    public static final String REFERENCES_EXTRAS_TOO_FEW = "references.extras.too_few";
    /** Code {@code references.extras.too_many}: REFERENCES EXTRAS TOO MANY. */
    public static final String REFERENCES_EXTRAS_TOO_MANY = "references.extras.too_many";

    /** Code {@code generate_views.unsupported}: GENERATE VIEWS UNSUPPORTED. */
    public static final String GENERATE_VIEWS_UNSUPPORTED = "generate_views.unsupported";
    /** Code {@code generate_views.with_extras}: GENERATE VIEWS WITH EXTRAS. */
    public static final String GENERATE_VIEWS_WITH_EXTRAS = "generate_views.with_extras";
    /** Code {@code generate_views.video}: GENERATE VIEWS VIDEO. */
    public static final String GENERATE_VIEWS_VIDEO = "generate_views.video";

    /** Code {@code media.url.invalid}: MEDIA URL INVALID. */
    public static final String MEDIA_URL_INVALID = "media.url.invalid";
    /** Code {@code media.inline.unsupported}: MEDIA INLINE UNSUPPORTED. */
    public static final String MEDIA_INLINE_UNSUPPORTED = "media.inline.unsupported";
    /** A local file's content is not the format its name's extension says (a text file named {@code .jpg}). */
    public static final String MEDIA_FORMAT_MISMATCH = "media.format_mismatch";
    /** A local file's content is no photo or video at all (plain text, a PDF document...), whatever its name. */
    public static final String MEDIA_FORMAT_UNKNOWN = "media.format_unknown";
    /** A local file's format is known, but facts that format must give (a photo's size, a video's length) are not. */
    public static final String MEDIA_UNREADABLE = "media.unreadable";
    /** Inline content too large to hold in memory and send (over 2 GiB), on every vendor. */
    public static final String MEDIA_INLINE_TOO_LARGE = "media.inline.too_large";

    /** Code {@code image.format}: IMAGE FORMAT. */
    public static final String IMAGE_FORMAT = "image.format";
    /** Code {@code image.too_large}: IMAGE TOO LARGE. */
    public static final String IMAGE_TOO_LARGE = "image.too_large";
    /** Code {@code image.too_small}: IMAGE TOO SMALL. */
    public static final String IMAGE_TOO_SMALL = "image.too_small";
    /** Code {@code image.aspect}: IMAGE ASPECT. */
    public static final String IMAGE_ASPECT = "image.aspect";

    /** Code {@code video.format}: VIDEO FORMAT. */
    public static final String VIDEO_FORMAT = "video.format";
    /** Code {@code video.too_short}: VIDEO TOO SHORT. */
    public static final String VIDEO_TOO_SHORT = "video.too_short";
    /** Code {@code video.too_long}: VIDEO TOO LONG. */
    public static final String VIDEO_TOO_LONG = "video.too_long";
    /** Code {@code video.too_large}: VIDEO TOO LARGE. */
    public static final String VIDEO_TOO_LARGE = "video.too_large";
    /** Code {@code video.resolution}: VIDEO RESOLUTION. */
    public static final String VIDEO_RESOLUTION = "video.resolution";
    /** Code {@code video.aspect}: VIDEO ASPECT. */
    public static final String VIDEO_ASPECT = "video.aspect";
    /** The video file holds no video track: sound only (an {@code .m4a}), or text. */
    public static final String VIDEO_NO_VIDEO_TRACK = "video.no_video_track";

    /** Code {@code voice.unsupported}: VOICE UNSUPPORTED. */
    public static final String VOICE_UNSUPPORTED = "voice.unsupported";
    /** Code {@code voice.binding_kind}: VOICE BINDING KIND. */
    public static final String VOICE_BINDING_KIND = "voice.binding_kind";
    /** Code {@code voice.requires_character_tag}: VOICE REQUIRES CHARACTER TAG. */
    public static final String VOICE_REQUIRES_CHARACTER_TAG = "voice.requires_character_tag";
    /** Code {@code voice.requires_video_element}: VOICE REQUIRES VIDEO ELEMENT. */
    public static final String VOICE_REQUIRES_VIDEO_ELEMENT = "voice.requires_video_element";
    /** The element kind is not one the vendor binds voices to, in a combination other than "video only". */
    public static final String VOICE_ELEMENT_KIND = "voice.element_kind";
    /** Code {@code voice.extract_requires_video}: VOICE EXTRACT REQUIRES VIDEO. */
    public static final String VOICE_EXTRACT_REQUIRES_VIDEO = "voice.extract_requires_video";
    /** Code {@code voice.clip_url.invalid}: VOICE CLIP URL INVALID. */
    public static final String VOICE_CLIP_URL_INVALID = "voice.clip_url.invalid";

    /** Code {@code tags.unsupported}: TAGS UNSUPPORTED. */
    public static final String TAGS_UNSUPPORTED = "tags.unsupported";
    /** Code {@code tags.too_many}: TAGS TOO MANY. */
    public static final String TAGS_TOO_MANY = "tags.too_many";
    /** Code {@code tags.unknown}: a tag the vendor does not have. */
    public static final String TAGS_UNKNOWN = "tags.unknown";
    /** Code {@code tags.kind_not_taken}: a catalogue tag of a kind the vendor does not take on a create. */
    public static final String TAGS_KIND_NOT_TAKEN = "tags.kind_not_taken";

    /** Code {@code callback.unsupported}: CALLBACK UNSUPPORTED. */
    public static final String CALLBACK_UNSUPPORTED = "callback.unsupported";
    /** Code {@code callback.malformed}: CALLBACK MALFORMED. */
    public static final String CALLBACK_MALFORMED = "callback.malformed";
    /** Code {@code callback.not_https}: CALLBACK NOT HTTPS. */
    public static final String CALLBACK_NOT_HTTPS = "callback.not_https";
    /** Code {@code callback.private_host}: CALLBACK PRIVATE HOST. */
    public static final String CALLBACK_PRIVATE_HOST = "callback.private_host";
    /** Code {@code callback.too_long}: CALLBACK TOO LONG. */
    public static final String CALLBACK_TOO_LONG = "callback.too_long";
    /**
     * Code {@code callback.body_too_large}: a callback received with a body larger than the receiver reads (answered
     * 413); not a draft rule.
     */
    public static final String CALLBACK_BODY_TOO_LARGE = "callback.body_too_large";

    private RuleCodes() {}
}
