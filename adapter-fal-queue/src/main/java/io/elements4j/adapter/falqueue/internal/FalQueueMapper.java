package io.elements4j.adapter.falqueue.internal;

import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Drafts to the queue's request body, and the queue's request reports to creation tasks. MapStruct maps the
 * payload's flat fields by name from {@link KlingElementFields}; the task is built by hand, because every one of its
 * components needs a named conversion of the queue's lenient JSON, so the constructor call says in one statement
 * what ten {@code @Mapping} lines would.
 */
@Mapper(uses = FalQueueConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface FalQueueMapper {

    FalQueueMapper INSTANCE = Mappers.getMapper(FalQueueMapper.class);

    /** The body for a draft that passed the queue's rule profile (media by URL only). */
    default SubmitRequest submitRequest(ElementDraft draft, String model) {
        return new SubmitRequest(
                model,
                payload(KlingElementFields.of(draft, KlingElementFields.urlOnly("the request queue"))),
                FalQueueConversions.webhook(draft.callbackUrl()));
    }

    @Mapping(target = "tagList", source = "tagIds")
    ElementPayload payload(KlingElementFields fields);

    /**
     * A report whose status is one of the six states (the client checks first). The queue reports only ids of the
     * elements it made, never the elements, and echoes no idempotency key or progress.
     */
    default CreationTask task(FalQueueRequest request) {
        return CreationTask.builder(CreationTaskId.of(request.requestId()), FalQueueConversions.state(request.status()))
                .elementIds(FalQueueConversions.elementIds(request.outcome()))
                .failure(FailureText.of(request.error()), FailureText.code(request.error()))
                .times(
                        FalQueueConversions.instant(request.createdAt()),
                        FalQueueConversions.instant(request.updatedAt()))
                .build();
    }
}
