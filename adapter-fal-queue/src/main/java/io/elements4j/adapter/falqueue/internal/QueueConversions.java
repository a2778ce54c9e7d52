package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.falqueue.internal.ElementPayload.TagRef;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.adapter.support.LenientTimes;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.mapstruct.Named;

/**
 * The conversions {@link QueueMapper} needs between the queue's JSON values and the domain's Vavr types. Drafts
 * reach the mapper only after the rule profile accepted them, so every medium is a URL.
 */
public final class QueueConversions {

    // ---- draft → payload -------------------------------------------------------------------------------------

    public String text(Option<String> value) {
        return value.getOrNull();
    }

    @Named("referenceType")
    public String referenceType(References references) {
        return references instanceof References.VideoReference ? ElementPayload.VIDEO_REFER : ElementPayload.IMAGE_REFER;
    }

    @Named("frontalImage")
    public String frontalImage(References references) {
        return references instanceof References.ImageReferences images ? url(images.frontal()) : null;
    }

    @Named("referImages")
    public List<String> referImages(References references) {
        return references instanceof References.ImageReferences images
                ? images.extras().map(QueueConversions::url).toJavaList() : null;
    }

    @Named("referVideo")
    public String referVideo(References references) {
        return references instanceof References.VideoReference video ? url(video.video()) : null;
    }

    /**
     * An existing voice is sent as {@code element_voice_id}. "Extract from the video" sends nothing: the queue
     * customises the voice by itself when the reference video has human speech (GMI Cloud's queue guide).
     */
    @Named("voiceId")
    public String voiceId(VoiceBinding voice) {
        return voice instanceof VoiceBinding.Existing existing ? existing.id().value() : null;
    }

    @Named("tagList")
    public List<TagRef> tagList(Seq<Tag> tags) {
        return tags.isEmpty() ? null : tags.map(tag -> new TagRef(tag.id())).toJavaList();
    }

    @Named("webhook")
    public SubmitRequest.Webhook webhook(Option<String> callbackUrl) {
        return callbackUrl.map(SubmitRequest.Webhook::new).getOrNull();
    }

    private static String url(MediaSource source) {
        if (source instanceof MediaSource.Url url) {
            return url.url();
        }
        throw new IllegalArgumentException("the request queue takes media by URL only; the rule profile refuses inline media");
    }

    // ---- queue request → task --------------------------------------------------------------------------------

    public CreationTaskId taskId(String requestId) {
        return CreationTaskId.of(requestId);
    }

    /** Only for a status {@link QueueStatus#of} knows; the client reports any other before mapping. */
    @Named("state")
    public TaskState state(String status) {
        return QueueStatus.of(status).map(QueueStatus::state)
                .getOrElseThrow(() -> new IllegalArgumentException("not a queue state: " + status));
    }

    @Named("elementIds")
    public Seq<ElementId> elementIds(JsonNode outcome) {
        return Outcomes.elementIds(outcome).map(ElementId::of);
    }

    @Named("failureReason")
    public Option<String> failureReason(JsonNode error) {
        return FailureText.of(error);
    }

    @Named("failureCode")
    public Option<String> failureCode(JsonNode error) {
        return FailureText.code(error);
    }

    /** Epoch seconds as documented; also epoch milliseconds, numeric text and ISO-8601 text. Anything else: none. */
    @Named("instant")
    public Option<Instant> instant(JsonNode time) {
        if (time == null || time.isNull() || time.isMissingNode()) {
            return Option.none();
        }
        if (time.isTextual()) {
            String text = time.textValue().trim();
            return Try.of(() -> OffsetDateTime.parse(text).toInstant()).toOption()
                    .orElse(() -> Try.of(() -> Instant.parse(text)).toOption())
                    .orElse(() -> Try.of(() -> LenientTimes.epochSecondsOrMillis(Long.parseLong(text))).toOption());
        }
        return LenientIds.exactText(time).flatMap(digits -> Try.of(() -> LenientTimes.epochSecondsOrMillis(Long.parseLong(digits))).toOption());
    }
}
