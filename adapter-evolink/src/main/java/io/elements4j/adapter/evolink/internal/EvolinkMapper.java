package io.elements4j.adapter.evolink.internal;

import io.elements4j.adapter.evolink.internal.CustomElementRequest.ModelParams;
import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Drafts to Evolink's create body, and Evolink's task object to a {@link CreationTask}. MapStruct maps the body's
 * fields by name from {@link KlingElementFields}; the task is built by hand, because every one of its components but
 * the state needs a named conversion, so the constructor call says in one statement what ten {@code @Mapping} lines
 * would.
 */
@Mapper(uses = EvolinkConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface EvolinkMapper {

    EvolinkMapper INSTANCE = Mappers.getMapper(EvolinkMapper.class);

    /** The body for a draft that passed Evolink's rule profile (media by URL only). */
    default CustomElementRequest toRequest(ElementDraft draft) {
        return new CustomElementRequest(
                CustomElementRequest.MODEL,
                toModelParams(KlingElementFields.of(draft, KlingElementFields.urlOnly("Evolink"))),
                draft.callbackUrl().getOrNull());
    }

    @Mapping(target = "elementImageList", source = ".", qualifiedByName = "imageList")
    @Mapping(target = "elementVideoList", source = ".", qualifiedByName = "videoList")
    ModelParams toModelParams(KlingElementFields fields);

    /**
     * A task whose state and element ids were already read from it ({@link EvolinkTasks}): Evolink reports ids
     * only, never whole elements, and echoes no idempotency key and no update time.
     */
    default CreationTask toTask(TaskObject task, TaskState state, Seq<ElementId> elementIds) {
        return CreationTask.builder(CreationTaskId.of(task.id()), state)
                .elementIds(elementIds)
                .failure(EvolinkConversions.failureReason(task.error()), EvolinkConversions.failureCode(task.error()))
                .progress(EvolinkConversions.progress(task.progress()))
                .times(EvolinkConversions.epoch(task.created()), Option.none())
                .build();
    }
}
