package io.elements4j.adapter.evolink.internal;

import io.elements4j.adapter.support.IdShape;
import io.elements4j.adapter.support.KlingIds;
import io.elements4j.adapter.support.Shown;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * Reads Evolink's task object into a {@link CreationTask}, refusing what cannot be trusted: a task without an id,
 * a status elements4j does not know, and a completed task whose {@code result_data} holds no {@code element_id}
 * (that would be a success with nothing to show for it).
 */
public final class EvolinkTasks {

    private static final int MAX_SHOWN_CHARS = 200;

    /**
     * Evolink's task ids: {@code task-unified-<epoch seconds>-<8 letters or digits>}; the rest of the id is taken up to
     * 80 characters in all, so a longer or stranger id is refused before it is kept.
     */
    public static final IdShape TASK_ID =
            IdShape.of("id", "task-unified-[A-Za-z0-9-]+", 80, "an Evolink task id (task-unified-…)");

    private EvolinkTasks() {}

    /** Evolink's statuses; {@code cancelled} is documented for callbacks only, and accepted here too. */
    public static Option<TaskState> state(String status) {
        if (status == null) {
            return Option.none();
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "pending" -> Option.some(TaskState.SUBMITTED);
            case "processing" -> Option.some(TaskState.PROCESSING);
            case "completed" -> Option.some(TaskState.SUCCEEDED);
            case "failed" -> Option.some(TaskState.FAILED);
            case "cancelled", "canceled" -> Option.some(TaskState.CANCELLED);
            default -> Option.none();
        };
    }

    /**
     * The task, or what in Evolink's answer could not be used — which the adapter treats as an unreadable answer:
     * asked again on a poll, ambiguous on a create.
     */
    public static Either<String, CreationTask> read(TaskObject task) {
        if (task.id() == null || task.id().isBlank()) {
            return Either.left("Evolink answered a task object without an id");
        }
        Option<String> badTask = TASK_ID.problem(task.id());
        if (badTask.isDefined()) {
            return Either.left("Evolink answered a task object whose " + badTask.get());
        }
        Option<TaskState> state = state(task.status());
        if (state.isEmpty()) {
            return Either.left("Evolink reported task " + task.id() + " in status " + Shown.prefix(task.status())
                    + ", which elements4j does not know (it knows pending, processing, completed, failed, cancelled)");
        }
        Seq<ElementId> ids = state.get() == TaskState.SUCCEEDED ? ElementIds.in(task.resultData()) : List.empty();
        if (state.get() == TaskState.SUCCEEDED && ids.isEmpty()) {
            return Either.left("Evolink reported task " + task.id() + " completed, but its result_data holds "
                    + "no element_id (result_data: " + shown(task.resultData()) + ")");
        }
        Option<String> badId = KlingIds.problem("element_id", ids.map(ElementId::value));
        if (badId.isDefined()) {
            return Either.left("Evolink reported task " + task.id() + " completed, but its " + badId.get());
        }
        return Either.right(EvolinkMapper.INSTANCE.toTask(task, state.get(), ids));
    }

    private static String shown(Object value) {
        if (value == null) {
            return "absent";
        }
        String text = value instanceof String s ? "'" + s + "'" : value.toString();
        return text.length() > MAX_SHOWN_CHARS ? text.substring(0, MAX_SHOWN_CHARS) + "…" : text;
    }
}
