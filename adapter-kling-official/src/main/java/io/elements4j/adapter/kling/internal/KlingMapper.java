package io.elements4j.adapter.kling.internal;

import io.elements4j.adapter.support.KlingElementFields;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.Voice;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Objects;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Kling's records ↔ the domain; every value goes through the domain records' constructors (the {@code with…} copy
 * methods are not setters under the build's {@code mapstruct-records} naming strategy). Reading assumes a record that {@link KlingRecords} has checked (ids present, status
 * known); everything else may be missing and maps to empty values.
 */
@Mapper(uses = KlingConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface KlingMapper {

    KlingMapper INSTANCE = Mappers.getMapper(KlingMapper.class);

    /**
     * The body for a draft that passed Kling's rule profile. By hand: Kling's wire record keeps the documented
     * snake_case names, so each of its nine fields would need a {@code @Mapping} line naming it twice; the
     * constructor says the same in one statement, from the fields every Kling-shaped adapter shares.
     */
    default CreateElementRequest toRequest(ElementDraft draft) {
        KlingElementFields fields = KlingElementFields.of(draft, KlingConversions::wire);
        return new CreateElementRequest(
                fields.elementName(),
                fields.elementDescription(),
                fields.referenceType(),
                KlingConversions.imageList(fields),
                KlingConversions.videoList(fields),
                fields.elementVoiceId(),
                KlingConversions.tags(fields.tagIds()),
                draft.callbackUrl().getOrNull(),
                draft.idempotencyKey().value());
    }

    /**
     * A checked task record. By hand, like {@link #toRequest}: every component but the id needs a named conversion.
     * The elements are the record's own; Kling reports no progress.
     */
    default CreationTask toTask(KlingTaskRecord record) {
        return CreationTask.builder(CreationTaskId.of(record.task_id()), KlingConversions.state(record.task_status()))
                .elements(elementsOf(record))
                .failure(KlingConversions.optional(record.task_status_msg()), Option.none())
                .idempotencyKey(KlingConversions.keyOf(externalTaskId(record)))
                .times(
                        KlingConversions.epochMillis(record.created_at()),
                        KlingConversions.epochMillis(record.updated_at()))
                .build();
    }

    @Mapping(target = "id", source = "element.element_id")
    @Mapping(target = "name", source = "element.element_name", defaultValue = "")
    @Mapping(target = "description", source = "element.element_description", defaultValue = "")
    @Mapping(target = "kind", source = "element", qualifiedByName = "kind")
    @Mapping(target = "tags", source = "element.tag_list")
    @Mapping(target = "voice", source = "element.element_voice_info")
    @Mapping(target = "media", source = "element", qualifiedByName = "media")
    @Mapping(target = "origin", source = "element.owned_by")
    @Mapping(target = "status", source = "element.status")
    @Mapping(target = "createdAt", source = "task.created_at")
    @Mapping(target = "updatedAt", source = "task.updated_at")
    Element toElement(KlingElementRecord element, KlingTaskRecord task);

    /**
     * The element of a new-standard element output. By hand: its kind, voice and media are all assembled from the
     * output's materials, so each component is a named conversion and the constructor reads better than eleven
     * {@code @Mapping} lines.
     */
    default Element toElement(KlingOutput output, KlingTaskRecord task) {
        return new Element(
                ElementId.of(output.id()),
                Objects.requireNonNullElse(output.name(), ""),
                Objects.requireNonNullElse(output.description(), ""),
                KlingConversions.outputKind(output),
                KlingConversions.tagsOf(output.tags()),
                KlingConversions.outputVoice(output),
                KlingConversions.outputMedia(output),
                KlingConversions.origin(output.owned_by()),
                KlingConversions.elementStatus(output.status()),
                KlingConversions.epochMillis(task.created_at()),
                KlingConversions.epochMillis(task.updated_at()));
    }

    @Mapping(target = "id", source = "voice_id")
    @Mapping(target = "name", source = "voice_name", defaultValue = "")
    @Mapping(target = "origin", source = "owned_by")
    @Mapping(target = "trialUrl", source = "trial_url")
    Voice toVoice(KlingVoiceRecord voice);

    /** Every element a task record reports: {@code task_result.elements}, or a new-standard callback's element outputs. */
    default Seq<Element> elementsOf(KlingTaskRecord record) {
        java.util.List<Element> elements = new ArrayList<>(2);
        addElements(record, true, elements);
        return List.ofAll(elements);
    }

    /** Every element of a page of task records, in order; deleted ones only when asked for. */
    default Seq<Element> elementsOf(Seq<KlingTaskRecord> records, boolean includeDeleted) {
        java.util.List<Element> elements = new ArrayList<>(records.size());
        for (KlingTaskRecord record : records) {
            addElements(record, includeDeleted, elements);
        }
        return List.ofAll(elements);
    }

    /** The official library's elements, whatever their {@code owned_by} says. */
    default Seq<Element> presetsOf(Seq<KlingTaskRecord> records) {
        java.util.List<Element> elements = new ArrayList<>(records.size());
        for (KlingTaskRecord record : records) {
            addElements(record, true, elements);
        }
        elements.replaceAll(KlingMapper::official);
        return List.ofAll(elements);
    }

    /** Every voice of a page of voice records. */
    default Seq<Voice> voicesOf(Seq<KlingTaskRecord> records) {
        return records.flatMap(KlingRecords::voices).map(this::toVoice);
    }

    /** A record's elements, then its element outputs, in Kling's order: one pass, no intermediate collections. */
    private void addElements(KlingTaskRecord record, boolean includeDeleted, java.util.List<Element> into) {
        KlingTaskRecord.TaskResult result = record.task_result();
        if (result != null && result.elements() != null) {
            for (KlingElementRecord element : result.elements()) {
                if (element != null) {
                    keep(toElement(element, record), includeDeleted, into);
                }
            }
        }
        if (record.outputs() != null) {
            for (KlingOutput output : record.outputs()) {
                if (KlingRecords.isElementOutput(output)) {
                    keep(toElement(output, record), includeDeleted, into);
                }
            }
        }
    }

    private static void keep(Element element, boolean includeDeleted, java.util.List<Element> into) {
        if (includeDeleted || element.status() != ElementStatus.DELETED) {
            into.add(element);
        }
    }

    default String externalTaskId(KlingTaskRecord record) {
        return Option.of(record.task_info())
                .flatMap(info -> Option.of(info.external_task_id()))
                .orElse(Option.of(record.external_id()))
                .getOrNull();
    }

    private static Element official(Element element) {
        return element.origin() == Origin.OFFICIAL
                ? element
                : new Element(
                        element.id(),
                        element.name(),
                        element.description(),
                        element.kind(),
                        element.tags(),
                        element.voice(),
                        element.media(),
                        Origin.OFFICIAL,
                        element.status(),
                        element.createdAt(),
                        element.updatedAt());
    }

    /** Shorthand for tests and callers holding a java list. */
    default Seq<KlingTaskRecord> seq(java.util.List<KlingTaskRecord> records) {
        return records == null ? List.empty() : List.ofAll(records).filter(r -> r != null);
    }
}
