package io.elements4j.adapter.falqueue.internal;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.task.CreationTask;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Drafts to the queue's request body, and the queue's request reports to creation tasks. */
@Mapper(uses = QueueConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface QueueMapper {

    QueueMapper INSTANCE = Mappers.getMapper(QueueMapper.class);

    @Mapping(target = "model", source = "model")
    @Mapping(target = "payload", source = "draft")
    @Mapping(target = "webhook", source = "draft.callbackUrl", qualifiedByName = "webhook")
    SubmitRequest submitRequest(ElementDraft draft, String model);

    @Mapping(target = "elementName", source = "name")
    @Mapping(target = "elementDescription", source = "description")
    @Mapping(target = "referenceType", source = "references", qualifiedByName = "referenceType")
    @Mapping(target = "frontalImage", source = "references", qualifiedByName = "frontalImage")
    @Mapping(target = "referImages", source = "references", qualifiedByName = "referImages")
    @Mapping(target = "referVideo", source = "references", qualifiedByName = "referVideo")
    @Mapping(target = "elementVoiceId", source = "voice", qualifiedByName = "voiceId")
    @Mapping(target = "tagList", source = "tags", qualifiedByName = "tagList")
    ElementPayload payload(ElementDraft draft);

    /**
     * A report whose status is one of the six states (the client checks first). The queue reports only ids of the
     * elements it made, never the elements, and echoes no idempotency key or progress.
     */
    @Mapping(target = "id", source = "requestId")
    @Mapping(target = "state", source = "status", qualifiedByName = "state")
    @Mapping(target = "elementIds", source = "outcome", qualifiedByName = "elementIds")
    @Mapping(target = "elements", expression = "java(io.vavr.collection.List.empty())")
    @Mapping(target = "failureReason", source = "error", qualifiedByName = "failureReason")
    @Mapping(target = "failureCode", source = "error", qualifiedByName = "failureCode")
    @Mapping(target = "idempotencyKey", expression = "java(io.vavr.control.Option.none())")
    @Mapping(target = "progress", expression = "java(io.vavr.control.Option.none())")
    @Mapping(target = "createdAt", source = "createdAt", qualifiedByName = "instant")
    @Mapping(target = "updatedAt", source = "updatedAt", qualifiedByName = "instant")
    CreationTask task(QueueRequest request);
}
