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

/**
 * Kling's wire types ↔ the domain, by hand: every value goes through the domain records' constructors, each
 * component through a named conversion of {@link KlingConversions}. Kling's answers are bound to classes (see
 * {@link KlingTaskRecord} for why), which MapStruct would not read as records, and nearly every component needs a
 * conversion of its own anyway. Reading assumes a record that {@link KlingRecords} has checked (ids present, status
 * known); everything else may be missing and maps to empty values.
 */
public final class KlingMapper {

    /** The one mapper; it holds no state. */
    public static final KlingMapper INSTANCE = new KlingMapper();

    private KlingMapper() {}

    /**
     * The body for a draft that passed Kling's rule profile, from the fields every Kling-shaped adapter shares.
     */
    public CreateElementRequest toRequest(ElementDraft draft) {
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
     * A checked task record. The elements are the record's own; Kling reports no progress.
     */
    public CreationTask toTask(KlingTaskRecord record) {
        return CreationTask.builder(CreationTaskId.of(record.task_id()), KlingConversions.state(record.task_status()))
                .elements(elementsOf(record))
                .failure(KlingConversions.optional(record.task_status_msg()), Option.none())
                .idempotencyKey(KlingConversions.keyOf(externalTaskId(record)))
                .times(
                        KlingConversions.epochMillis(record.created_at()),
                        KlingConversions.epochMillis(record.updated_at()))
                .build();
    }

    /** An element of a task record, with the task's times. */
    public Element toElement(KlingElementRecord element, KlingTaskRecord task) {
        return new Element(
                KlingConversions.elementId(element.element_id()),
                Objects.requireNonNullElse(element.element_name(), ""),
                Objects.requireNonNullElse(element.element_description(), ""),
                KlingConversions.kind(element),
                KlingConversions.tagsOf(element.tag_list()),
                KlingConversions.voice(element.element_voice_info()),
                KlingConversions.media(element),
                KlingConversions.origin(element.owned_by()),
                KlingConversions.elementStatus(element.status()),
                KlingConversions.epochMillis(task.created_at()),
                KlingConversions.epochMillis(task.updated_at()));
    }

    /** The element of a new-standard element output: its kind, voice and media come from the output's materials. */
    public Element toElement(KlingOutput output, KlingTaskRecord task) {
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

    /** A voice of a voice record or of an element. */
    public Voice toVoice(KlingVoiceRecord voice) {
        return new Voice(
                KlingConversions.voiceId(voice.voice_id()),
                Objects.requireNonNullElse(voice.voice_name(), ""),
                KlingConversions.voiceOrigin(voice.owned_by()),
                KlingConversions.optional(voice.trial_url()));
    }

    /** Every element a task record reports: {@code task_result.elements}, or a new-standard callback's element outputs. */
    public Seq<Element> elementsOf(KlingTaskRecord record) {
        java.util.List<Element> elements = new ArrayList<>(2);
        addElements(record, true, elements);
        return List.ofAll(elements);
    }

    /** Every element of a page of task records, in order; deleted ones only when asked for. */
    public Seq<Element> elementsOf(Seq<KlingTaskRecord> records, boolean includeDeleted) {
        java.util.List<Element> elements = new ArrayList<>(records.size());
        for (KlingTaskRecord record : records) {
            addElements(record, includeDeleted, elements);
        }
        return List.ofAll(elements);
    }

    /** The official library's elements, whatever their {@code owned_by} says. */
    public Seq<Element> presetsOf(Seq<KlingTaskRecord> records) {
        java.util.List<Element> elements = new ArrayList<>(records.size());
        for (KlingTaskRecord record : records) {
            addElements(record, true, elements);
        }
        elements.replaceAll(KlingMapper::official);
        return List.ofAll(elements);
    }

    /** Every voice of a page of voice records. */
    public Seq<Voice> voicesOf(Seq<KlingTaskRecord> records) {
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

    /** The key a task was created with: {@code task_info.external_task_id}, else the new standard's {@code external_id}. */
    public String externalTaskId(KlingTaskRecord record) {
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
    public Seq<KlingTaskRecord> seq(java.util.List<KlingTaskRecord> records) {
        return records == null ? List.empty() : List.ofAll(records).filter(r -> r != null);
    }
}
