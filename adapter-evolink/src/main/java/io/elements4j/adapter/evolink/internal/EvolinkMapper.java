package io.elements4j.adapter.evolink.internal;

import io.elements4j.adapter.evolink.internal.CustomElementRequest.ModelParams;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.Seq;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/** Drafts to Evolink's create body, and Evolink's task object to a {@link CreationTask}. */
@Mapper(uses = EvolinkConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR,
        imports = {io.vavr.collection.List.class, io.vavr.control.Option.class})
public interface EvolinkMapper {

    EvolinkMapper INSTANCE = Mappers.getMapper(EvolinkMapper.class);

    /** The body for a draft that passed Evolink's rule profile. */
    default CustomElementRequest toRequest(ElementDraft draft) {
        return new CustomElementRequest(CustomElementRequest.MODEL, toModelParams(draft), draft.callbackUrl().getOrNull());
    }

    @Mapping(target = "elementName", source = "name")
    @Mapping(target = "elementDescription", source = "description", qualifiedByName = "text")
    @Mapping(target = "referenceType", source = "references", qualifiedByName = "referenceType")
    @Mapping(target = "elementImageList", source = "references", qualifiedByName = "imageList")
    @Mapping(target = "elementVideoList", source = "references", qualifiedByName = "videoList")
    @Mapping(target = "elementVoiceId", source = "voice", qualifiedByName = "voiceId")
    ModelParams toModelParams(ElementDraft draft);

    /**
     * A task whose state and element ids were already read from it ({@link EvolinkTasks}): Evolink reports ids
     * only, never whole elements, and echoes no idempotency key.
     */
    @Mapping(target = "id", source = "task.id", qualifiedByName = "taskId")
    @Mapping(target = "state", source = "state")
    @Mapping(target = "elementIds", source = "elementIds", qualifiedByName = "elementIds")
    @Mapping(target = "elements", expression = "java(List.empty())")
    @Mapping(target = "failureReason", source = "task.error", qualifiedByName = "failureReason")
    @Mapping(target = "failureCode", source = "task.error", qualifiedByName = "failureCode")
    @Mapping(target = "idempotencyKey", expression = "java(Option.none())")
    @Mapping(target = "progress", source = "task.progress", qualifiedByName = "progress")
    @Mapping(target = "createdAt", source = "task.created", qualifiedByName = "epoch")
    @Mapping(target = "updatedAt", expression = "java(Option.none())")
    CreationTask toTask(TaskObject task, TaskState state, Seq<ElementId> elementIds);
}
