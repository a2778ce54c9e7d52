package io.elements4j.adapter.support;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.voice.VoiceBinding;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A draft as the fields of Kling's element-creation API, which Kling itself, Evolink and the request queue all
 * forward to; each adapter arranges them in its own wire shape (Kling nests the photos in {@code element_image_list},
 * Evolink in {@code model_params}, the queue keeps them flat). Absent values are {@code null}, so they are left out on
 * the wire; the component names match the adapters' wire records, so MapStruct maps most of them by name.
 *
 * @param elementName        {@code element_name}
 * @param elementDescription {@code element_description}, or null
 * @param referenceType      {@code image_refer} or {@code video_refer}
 * @param frontalImage       the frontal photo of an image element, or null
 * @param referImages        the extra photos of an image element (possibly empty), or null for a video element
 * @param referVideo         the reference video of a video element, or null
 * @param elementVoiceId     the id of a library voice to bind, or null (a voice extracted from the video sends no
 *                           field: Kling customises the voice of a speaking reference video by itself)
 * @param tagIds             the catalogue ids of the tags ({@code o_102}), or null when there are none
 */
public record KlingElementFields(
        String elementName,
        String elementDescription,
        String referenceType,
        String frontalImage,
        List<String> referImages,
        String referVideo,
        String elementVoiceId,
        List<String> tagIds) {

    /** {@code reference_type} of an element built from photos. */
    public static final String IMAGE_REFER = "image_refer";
    /** {@code reference_type} of an element built from a video. */
    public static final String VIDEO_REFER = "video_refer";

    /**
     * Creates the value; the lists are copied.
     *
     * @param elementName        {@code element_name}
     * @param elementDescription {@code element_description}, or null
     * @param referenceType      {@code image_refer} or {@code video_refer}
     * @param frontalImage       the frontal photo, or null
     * @param referImages        the extra photos, or null
     * @param referVideo         the reference video, or null
     * @param elementVoiceId     the voice id, or null
     * @param tagIds             the tag ids, or null
     */
    public KlingElementFields {
        Objects.requireNonNull(elementName, "elementName");
        Objects.requireNonNull(referenceType, "referenceType");
        referImages = referImages == null ? null : List.copyOf(referImages);
        tagIds = tagIds == null ? null : List.copyOf(tagIds);
    }

    /**
     * The fields of a draft the facade has checked.
     *
     * @param draft a draft that passed the vendor's rules
     * @param media how the vendor takes a medium: a URL, or (on Kling) inline Base64; see {@link #urlOnly}
     * @return the fields
     */
    public static KlingElementFields of(ElementDraft draft, Function<MediaSource, String> media) {
        References references = draft.references();
        String frontal = null;
        List<String> extras = null;
        String video = null;
        if (references instanceof References.ImageReferences images) {
            frontal = media.apply(images.frontal());
            extras = images.extras().map(media).toJavaList();
        } else if (references instanceof References.VideoReference reference) {
            video = media.apply(reference.video());
        }
        String voiceId = draft.voice() instanceof VoiceBinding.Existing existing
                ? existing.id().value()
                : null;
        List<String> tags =
                draft.tags().isEmpty() ? null : draft.tags().map(Tag::id).toJavaList();
        return new KlingElementFields(
                draft.name(),
                draft.description().getOrNull(),
                video == null ? IMAGE_REFER : VIDEO_REFER,
                frontal,
                extras,
                video,
                voiceId,
                tags);
    }

    /**
     * Media for a vendor that downloads every medium itself: the URL; inline bytes are refused (the vendor's rule
     * profile refuses them before a draft gets here, so this is a guard, not a check).
     *
     * @param vendor the vendor, as the message names it
     * @return the medium's URL, for a URL medium
     */
    public static Function<MediaSource, String> urlOnly(String vendor) {
        return source -> {
            if (source instanceof MediaSource.Url url) {
                return url.url();
            }
            throw new IllegalArgumentException(vendor + " takes media only as URLs it can download, not inline bytes");
        };
    }
}
