package io.elements4j.adapter.evolink.internal;

import io.elements4j.adapter.evolink.internal.CustomElementRequest.ElementImageList;
import io.elements4j.adapter.evolink.internal.CustomElementRequest.ElementVideoList;
import io.elements4j.adapter.evolink.internal.CustomElementRequest.ModelParams;
import io.elements4j.adapter.evolink.internal.CustomElementRequest.ReferImage;
import io.elements4j.adapter.support.LenientTimes;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.mapstruct.Named;

/**
 * The small conversions {@link EvolinkMapper} needs between Evolink's JSON values and the domain's Vavr types.
 * Drafts reach these only after Evolink's rules passed, so the refusals below are for drafts that skipped them.
 */
public final class EvolinkConversions {

    @Named("text")
    public String text(Option<String> value) {
        return value.getOrNull();
    }

    @Named("referenceType")
    public String referenceType(References references) {
        return references instanceof References.VideoReference ? ModelParams.VIDEO_REFER : ModelParams.IMAGE_REFER;
    }

    @Named("imageList")
    public ElementImageList imageList(References references) {
        if (!(references instanceof References.ImageReferences images)) {
            return null;
        }
        return new ElementImageList(url(images.frontal()),
                images.extras().map(extra -> new ReferImage(url(extra))).toJavaList());
    }

    @Named("videoList")
    public ElementVideoList videoList(References references) {
        return references instanceof References.VideoReference video ? new ElementVideoList(url(video.video())) : null;
    }

    /**
     * {@code element_voice_id} for a voice from the library. Extracting the voice from the reference video sends no
     * id: Kling extracts the voice of a video with speech on its own (Kling's element API docs), and Evolink has no field for it.
     */
    @Named("voiceId")
    public String voiceId(VoiceBinding voice) {
        if (voice instanceof VoiceBinding.Existing existing) {
            return existing.id().value();
        }
        if (voice instanceof VoiceBinding.FromClip) {
            throw new IllegalArgumentException("Evolink cannot make a voice from a clip; bind an existing voice id");
        }
        return null;
    }

    @Named("taskId")
    public CreationTaskId taskId(String id) {
        return CreationTaskId.of(id);
    }

    @Named("elementIds")
    public Seq<ElementId> elementIds(Seq<ElementId> ids) {
        return ids;
    }

    @Named("progress")
    public Option<Integer> progress(Integer percent) {
        return Option.of(percent).map(p -> Math.max(0, Math.min(100, p)));
    }

    @Named("epoch")
    public Option<Instant> epoch(Long value) {
        return Option.of(value).filter(v -> v > 0)
                .map(LenientTimes::epochSecondsOrMillis); // Evolink documents seconds; milliseconds are no mystery
    }

    /** Evolink's business code for a failed task ({@code content_policy_violation}, …), for callers to branch on. */
    @Named("failureCode")
    public Option<String> failureCode(TaskObject.TaskError error) {
        return error == null ? Option.none() : Option.of(error.code()).map(String::strip).filter(c -> !c.isEmpty());
    }

    /** The failure reason: Evolink's message and its code, e.g. {@code Content policy violation. (content_policy_violation)}. */
    @Named("failureReason")
    public Option<String> failureReason(TaskObject.TaskError error) {
        if (error == null) {
            return Option.none();
        }
        Option<String> message = Option.of(error.message()).map(String::strip).filter(m -> !m.isEmpty());
        Option<String> code = Option.of(error.code()).map(String::strip).filter(c -> !c.isEmpty());
        if (message.isEmpty()) {
            return code;
        }
        return Option.some(message.get() + code.map(c -> " (" + c + ")").getOrElse(""));
    }

    private static String url(MediaSource source) {
        if (source instanceof MediaSource.Url url) {
            return url.url();
        }
        throw new IllegalArgumentException("Evolink takes media only as URLs it can download, not inline bytes");
    }
}
