package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.falqueue.internal.ElementPayload.TagRef;
import io.elements4j.adapter.support.LenientIds;
import io.elements4j.adapter.support.LenientTimes;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The conversions {@link FalQueueMapper} needs between the queue's JSON values and the domain's Vavr types. The draft
 * side is {@code KlingElementFields}, shared with the other adapters that forward to Kling's element API.
 */
public final class FalQueueConversions {

    // ---- draft → payload -------------------------------------------------------------------------------------

    /** {@code [{"tag_id": "o_102"}]}; left out when there are none. */
    public List<TagRef> tagList(List<String> tagIds) {
        return tagIds == null ? null : tagIds.stream().map(TagRef::new).toList();
    }

    /** {@code {"url": …}}, or left out when the draft names no callback URL. */
    static SubmitRequest.Webhook webhook(Option<String> callbackUrl) {
        return callbackUrl.map(SubmitRequest.Webhook::new).getOrNull();
    }

    // ---- queue request → task --------------------------------------------------------------------------------

    /** Only for a status {@link FalQueueStatus#of} knows; the client reports any other before mapping. */
    static TaskState state(String status) {
        return FalQueueStatus.of(status)
                .map(FalQueueStatus::state)
                .getOrElseThrow(() -> new IllegalArgumentException("not a queue state: " + status));
    }

    static Seq<ElementId> elementIds(JsonNode outcome) {
        return Outcomes.elementIds(outcome).map(ElementId::of);
    }

    /** Epoch seconds as documented; also epoch milliseconds, numeric text and ISO-8601 text. Anything else: none. */
    static Option<Instant> instant(JsonNode time) {
        if (time == null || time.isNull() || time.isMissingNode()) {
            return Option.none();
        }
        if (time.isTextual()) {
            String text = time.textValue().trim();
            return Try.of(() -> OffsetDateTime.parse(text).toInstant())
                    .toOption()
                    .orElse(() -> Try.of(() -> Instant.parse(text)).toOption())
                    .orElse(() -> Try.of(() -> LenientTimes.epochSecondsOrMillis(Long.parseLong(text)))
                            .toOption());
        }
        return LenientIds.exactText(time)
                .flatMap(digits -> Try.of(() -> LenientTimes.epochSecondsOrMillis(Long.parseLong(digits)))
                        .toOption());
    }
}
