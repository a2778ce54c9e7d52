package io.elements4j.adapter.kling.internal;

import io.elements4j.adapter.support.IdShape;
import io.elements4j.adapter.support.KlingIds;
import io.elements4j.adapter.support.Shown;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ListIterator;
import java.util.function.Predicate;

/**
 * Checks a task record before it is mapped — a task id, a known status, an id on every element — so that what Kling
 * sends never turns into an exception, only into a plain account of what was wrong; and reads its nested lists,
 * where every level may be missing.
 *
 * <p>A page holds up to 500 records, each checked and mapped on the calling thread, so the checks walk Kling's lists
 * in place, in one pass, without building collections to ask a question.
 */
public final class KlingRecords {

    /**
     * Kling's task ids: its element tasks' are 18 or 19 digits ({@code 863121016086724692}); letters, digits, '_' and
     * '-' up to 64 characters are taken, so a longer or stranger id is refused before it is kept.
     */
    public static final IdShape TASK_ID =
            IdShape.of("task_id", "[A-Za-z0-9_-]+", 64, "a Kling task id (letters, digits, '_' or '-')");

    private KlingRecords() {}

    /** The record, or what is wrong with it. */
    public static Either<String, KlingTaskRecord> check(KlingTaskRecord record) {
        String problem = problem(record);
        return problem == null ? Either.right(record) : Either.left(problem);
    }

    /** Every record checked, or what is wrong with the first bad one. */
    public static Either<String, Seq<KlingTaskRecord>> checkAll(java.util.List<KlingTaskRecord> records) {
        if (records == null) {
            return Either.right(List.empty());
        }
        for (KlingTaskRecord record : records) {
            String problem = problem(record);
            if (problem != null) {
                return Either.left(problem);
            }
        }
        return Either.right(List.ofAll(records));
    }

    /** A voice list record needs only its voices' ids; its status is not the point. */
    public static Either<String, Seq<KlingTaskRecord>> checkVoices(java.util.List<KlingTaskRecord> records) {
        Seq<KlingTaskRecord> all = records == null ? List.empty() : List.ofAll(records);
        return all.flatMap(KlingRecords::voices).exists(v -> blank(v.voice_id()))
                ? Either.left("a voice record reports a voice without voice_id")
                : Either.right(all.filter(r -> r != null));
    }

    /** {@code task_result.elements}, nulls left out. */
    public static Seq<KlingElementRecord> elements(KlingTaskRecord record) {
        KlingTaskRecord.TaskResult result = record.task_result();
        return result == null ? List.empty() : kept(result.elements(), e -> e != null);
    }

    /** A new-standard callback's {@code outputs} of {@code type: "element"}. */
    public static Seq<KlingOutput> elementOutputs(KlingTaskRecord record) {
        return kept(record.outputs(), KlingRecords::isElementOutput);
    }

    /** {@code task_result.voices}, nulls left out. */
    public static Seq<KlingVoiceRecord> voices(KlingTaskRecord record) {
        KlingTaskRecord.TaskResult result = record == null ? null : record.task_result();
        return result == null ? List.empty() : kept(result.voices(), v -> v != null);
    }

    static boolean isElementOutput(KlingOutput output) {
        return output != null && "element".equalsIgnoreCase(output.type());
    }

    /** What is wrong with a record, or null when nothing is. */
    private static String problem(KlingTaskRecord record) {
        if (record == null) {
            return "a task record was null";
        }
        if (blank(record.task_id())) {
            return "a task record has no task_id";
        }
        if (!TASK_ID.fits(record.task_id())) {
            return TASK_ID.problem(record.task_id()).get();
        }
        if (KlingConversions.taskState(record.task_status()).isEmpty()) {
            return "task " + record.task_id() + " is in a status this library does not know: "
                    + Shown.prefix(record.task_status())
                    + " (known: submitted, processing, succeed, failed)";
        }
        KlingTaskRecord.TaskResult result = record.task_result();
        if (result != null && result.elements() != null) {
            for (KlingElementRecord element : result.elements()) {
                if (element != null && blank(element.element_id())) {
                    return "task " + record.task_id() + " reports an element without element_id";
                }
                if (element != null && !KlingIds.isValid(element.element_id().strip())) {
                    return "task " + record.task_id() + " reports element_id " + Shown.prefix(element.element_id())
                            + ", which is not a Kling id (a positive 64-bit whole number)";
                }
            }
        }
        if (record.outputs() != null) {
            for (KlingOutput output : record.outputs()) {
                if (isElementOutput(output) && blank(output.id())) {
                    return "task " + record.task_id() + " reports an element output without id";
                }
                if (isElementOutput(output) && !KlingIds.isValid(output.id().strip())) {
                    return "task " + record.task_id() + " reports element output id " + Shown.prefix(output.id())
                            + ", which is not a Kling id (a positive 64-bit whole number)";
                }
            }
        }
        return null;
    }

    /** The items of a Java list that pass, in order, as a Vavr list built back to front in one pass. */
    static <T> List<T> kept(java.util.List<T> items, Predicate<? super T> keep) {
        if (items == null || items.isEmpty()) {
            return List.empty();
        }
        List<T> kept = List.empty();
        for (ListIterator<T> it = items.listIterator(items.size()); it.hasPrevious(); ) {
            T item = it.previous();
            if (keep.test(item)) {
                kept = kept.prepend(item);
            }
        }
        return kept;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
