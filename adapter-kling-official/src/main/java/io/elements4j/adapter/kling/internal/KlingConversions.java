package io.elements4j.adapter.kling.internal;

import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceId;
import io.elements4j.domain.voice.VoiceOrigin;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.util.ListIterator;
import java.util.Locale;

/**
 * The small conversions {@link KlingMapper} is built from: Vavr {@code Option}/{@code Seq}, ids, epoch
 * milliseconds, and Kling's enums read leniently. Every method takes {@code null} for an absent field.
 */
public final class KlingConversions {

    /** Who owns Kling's official library, in {@code owned_by}. */
    public static final String OFFICIAL_OWNER = "kling";

    // Kling's task states, checked for every record of a page: one answer per state, not one per record
    private static final Option<TaskState> SUBMITTED = Option.some(TaskState.SUBMITTED);
    private static final Option<TaskState> PROCESSING = Option.some(TaskState.PROCESSING);
    private static final Option<TaskState> SUCCEEDED = Option.some(TaskState.SUCCEEDED);
    private static final Option<TaskState> FAILED = Option.some(TaskState.FAILED);

    // ---- to Kling ------------------------------------------------------------------------------------------------

    /** {@code element_image_list}: the frontal photo and {@code [{"image_url": …}]}; none on a video element. */
    static ElementImageList imageList(KlingElementFields fields) {
        return fields.frontalImage() == null
                ? null
                : new ElementImageList(
                        fields.frontalImage(),
                        fields.referImages().stream()
                                .map(ElementImageList.ImageRef::new)
                                .toList());
    }

    /** {@code element_video_list}: {@code {"refer_videos": [{"video_url": …}]}}; none on an image element. */
    static ElementVideoList videoList(KlingElementFields fields) {
        return fields.referVideo() == null
                ? null
                : new ElementVideoList(java.util.List.of(new ElementVideoList.VideoRef(fields.referVideo())));
    }

    /** {@code [{"tag_id": "o_102"}]}, or left out when there are none. */
    static java.util.List<CreateElementRequest.TagRef> tags(java.util.List<String> tagIds) {
        return tagIds == null
                ? null
                : tagIds.stream().map(CreateElementRequest.TagRef::new).toList();
    }

    /** A URL as is; inline bytes as plain Base64, without a {@code data:} prefix, as Kling takes them. */
    static String wire(MediaSource source) {
        return source instanceof MediaSource.Inline inline ? inline.base64() : ((MediaSource.Url) source).url();
    }

    // ---- from Kling ----------------------------------------------------------------------------------------------

    /** An element id as Kling sends it, checked by {@link KlingRecords} before it gets here. */
    public static ElementId elementId(String id) {
        return ElementId.of(id);
    }

    /** A voice id, without the spaces around it a relay may add. */
    public static VoiceId voiceId(String id) {
        return VoiceId.of(id.trim());
    }

    /** Non-blank text, else none. */
    public static Option<String> optional(String value) {
        return value == null || value.isBlank() ? Option.none() : Option.some(value);
    }

    /** Epoch milliseconds; zero or absent is none. */
    public static Option<Instant> epochMillis(Long millis) {
        return millis == null || millis <= 0 ? Option.none() : Option.some(Instant.ofEpochMilli(millis));
    }

    /** The key a task was created with; none when absent or not a key this library could have minted. */
    public static Option<IdempotencyKey> keyOf(String externalTaskId) {
        return Option.of(externalTaskId)
                .filter(v -> !v.isBlank())
                .flatMap(id -> Try.of(() -> IdempotencyKey.of(id)).toOption());
    }

    /** The state of a status {@link KlingRecords} has checked. */
    public static TaskState state(String taskStatus) {
        return taskState(taskStatus)
                .getOrElseThrow(
                        () -> new IllegalStateException("unknown task status reached the mapper: " + taskStatus));
    }

    /** {@code submitted}, {@code processing}, {@code succeed} or {@code succeeded}, {@code failed}; else none. */
    public static Option<TaskState> taskState(String taskStatus) {
        if (taskStatus == null) {
            return Option.none();
        }
        return switch (taskStatus.trim().toLowerCase(Locale.ROOT)) {
            case "submitted" -> SUBMITTED;
            case "processing" -> PROCESSING;
            case "succeed", "succeeded" -> SUCCEEDED;
            case "failed" -> FAILED;
            default -> Option.none();
        };
    }

    public static Origin origin(String ownedBy) {
        return OFFICIAL_OWNER.equalsIgnoreCase(ownedBy == null ? "" : ownedBy.trim()) ? Origin.OFFICIAL : Origin.CUSTOM;
    }

    public static VoiceOrigin voiceOrigin(String ownedBy) {
        return origin(ownedBy) == Origin.OFFICIAL ? VoiceOrigin.OFFICIAL : VoiceOrigin.CUSTOM;
    }

    /** {@code deleted} is deleted; {@code succeed}, {@code succeeded} or anything else is an element in use. */
    public static ElementStatus elementStatus(String status) {
        return status != null && status.trim().equalsIgnoreCase("deleted")
                ? ElementStatus.DELETED
                : ElementStatus.ACTIVE;
    }

    /**
     * {@code [{tag_id}]} or {@code [{id, name, description}]}; an unknown tag keeps Kling's id and name. A tag with
     * neither id nor name is left out.
     */
    public static Seq<Tag> tagsOf(java.util.List<KlingTagRecord> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.empty();
        }
        List<Tag> resolved = List.empty();
        for (ListIterator<KlingTagRecord> it = tags.listIterator(tags.size()); it.hasPrevious(); ) {
            KlingTagRecord t = it.previous();
            if (t != null) {
                Tag tag = TagCatalogue.resolve(t.tag_id() != null ? t.tag_id() : t.id(), t.name());
                if (!tag.id().isEmpty()) {
                    resolved = resolved.prepend(tag);
                }
            }
        }
        return resolved;
    }

    /** A bound voice; an empty {@code element_voice_info} ({@code {}}) is none. */
    public static Option<Voice> voice(KlingVoiceRecord voice) {
        if (voice == null || voice.voice_id() == null || voice.voice_id().isBlank()) {
            return Option.none();
        }
        return Option.some(new Voice(
                VoiceId.of(voice.voice_id().trim()),
                voice.voice_name() == null ? "" : voice.voice_name(),
                voiceOrigin(voice.owned_by()),
                optional(voice.trial_url())));
    }

    /** {@code video_refer} or {@code image_refer}; anything else is judged by the media the element has. */
    public static ReferenceKind kind(KlingElementRecord element) {
        String type = element.reference_type() == null
                ? ""
                : element.reference_type().trim().toLowerCase(Locale.ROOT);
        if (type.equals("video_refer")) {
            return ReferenceKind.VIDEO;
        }
        if (type.equals("image_refer")) {
            return ReferenceKind.IMAGE;
        }
        return videoUrl(element.element_video_list()).isDefined() ? ReferenceKind.VIDEO : ReferenceKind.IMAGE;
    }

    public static ElementMedia media(KlingElementRecord element) {
        KlingElementRecord.Images images = element.element_image_list();
        Option<String> cover = images == null ? Option.none() : optional(images.frontal_image());
        List<String> references = List.empty();
        java.util.List<KlingElementRecord.ImageUrl> refers = images == null ? null : images.refer_images();
        if (refers != null) {
            for (ListIterator<KlingElementRecord.ImageUrl> it = refers.listIterator(refers.size());
                    it.hasPrevious(); ) {
                KlingElementRecord.ImageUrl refer = it.previous();
                if (refer != null
                        && refer.image_url() != null
                        && !refer.image_url().isBlank()) {
                    references = references.prepend(refer.image_url());
                }
            }
        }
        return new ElementMedia(cover, references, videoUrl(element.element_video_list()));
    }

    // ---- new-standard callback outputs ---------------------------------------------------------------------------

    /** {@code video_character_elements}, or a video material, is a video element; anything else an image element. */
    public static ReferenceKind outputKind(KlingOutput output) {
        String type = output.element_type() == null ? "" : output.element_type().toLowerCase(Locale.ROOT);
        return type.contains("video") || materials(output, "video").nonEmpty()
                ? ReferenceKind.VIDEO
                : ReferenceKind.IMAGE;
    }

    public static ElementMedia outputMedia(KlingOutput output) {
        Seq<KlingOutput.Material> images = materials(output, "image");
        Option<String> cover =
                images.find(m -> "frontal".equalsIgnoreCase(m.role())).flatMap(m -> optional(m.url()));
        Seq<String> references =
                images.filter(m -> !"frontal".equalsIgnoreCase(m.role())).flatMap(m -> optional(m.url()));
        return new ElementMedia(
                cover,
                references,
                materials(output, "video").flatMap(m -> optional(m.url())).headOption());
    }

    public static Option<Voice> outputVoice(KlingOutput output) {
        return materials(output, "voice")
                .headOption()
                .flatMap(m -> voice(new KlingVoiceRecord(m.id(), m.name(), m.url(), m.owned_by())));
    }

    private static Seq<KlingOutput.Material> materials(KlingOutput output, String type) {
        return output.materials() == null
                ? List.empty()
                : List.ofAll(output.materials()).filter(m -> m != null && type.equalsIgnoreCase(m.type()));
    }

    /** The first non-blank {@code video_url}. */
    private static Option<String> videoUrl(KlingElementRecord.Videos videos) {
        if (videos != null && videos.refer_videos() != null) {
            for (KlingElementRecord.VideoUrl video : videos.refer_videos()) {
                if (video != null
                        && video.video_url() != null
                        && !video.video_url().isBlank()) {
                    return Option.some(video.video_url());
                }
            }
        }
        return Option.none();
    }
}
