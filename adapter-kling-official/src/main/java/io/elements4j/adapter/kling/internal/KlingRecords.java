package io.elements4j.adapter.kling.internal;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Checks a task record before it is mapped — a task id, a known status, an id on every element — so that what Kling
 * sends never turns into an exception, only into a plain account of what was wrong; and reads its nested lists,
 * where every level may be missing.
 */
public final class KlingRecords {

    private KlingRecords() {
    }

    /** The record, or what is wrong with it. */
    public static Either<String, KlingTaskRecord> check(KlingTaskRecord record) {
        if (record == null) {
            return Either.left("a task record was null");
        }
        if (record.task_id() == null || record.task_id().isBlank()) {
            return Either.left("a task record has no task_id");
        }
        if (KlingConversions.taskState(record.task_status()).isEmpty()) {
            return Either.left("task " + record.task_id() + " is in a status this library does not know: "
                    + (record.task_status() == null ? "none" : "'" + record.task_status() + "'")
                    + " (known: submitted, processing, succeed, failed)");
        }
        if (elements(record).exists(e -> blank(e.element_id()))) {
            return Either.left("task " + record.task_id() + " reports an element without element_id");
        }
        if (elementOutputs(record).exists(o -> blank(o.id()))) {
            return Either.left("task " + record.task_id() + " reports an element output without id");
        }
        return Either.right(record);
    }

    /** Every record checked, or what is wrong with the first bad one. */
    public static Either<String, Seq<KlingTaskRecord>> checkAll(java.util.List<KlingTaskRecord> records) {
        Seq<KlingTaskRecord> all = records == null ? List.empty() : List.ofAll(records);
        return Either.sequenceRight(all.map(KlingRecords::check)).map(Seq::toList);
    }

    /** A voice list record needs only its voices' ids; its status is not the point. */
    public static Either<String, Seq<KlingTaskRecord>> checkVoices(java.util.List<KlingTaskRecord> records) {
        Seq<KlingTaskRecord> all = records == null ? List.empty() : List.ofAll(records);
        return all.flatMap(KlingRecords::voices).exists(v -> blank(v.voice_id()))
                ? Either.left("a voice record reports a voice without voice_id")
                : Either.right(all.filter(r -> r != null));
    }

    public static Seq<KlingElementRecord> elements(KlingTaskRecord record) {
        return Option.of(record.task_result()).flatMap(r -> Option.of(r.elements()))
                .map(List::ofAll).getOrElse(List.empty()).filter(e -> e != null);
    }

    public static Seq<KlingOutput> elementOutputs(KlingTaskRecord record) {
        return Option.of(record.outputs()).map(List::ofAll).getOrElse(List.empty())
                .filter(o -> o != null && "element".equalsIgnoreCase(o.type()));
    }

    public static Seq<KlingVoiceRecord> voices(KlingTaskRecord record) {
        return Option.of(record).flatMap(r -> Option.of(r.task_result())).flatMap(r -> Option.of(r.voices()))
                .map(List::ofAll).getOrElse(List.empty()).filter(v -> v != null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
