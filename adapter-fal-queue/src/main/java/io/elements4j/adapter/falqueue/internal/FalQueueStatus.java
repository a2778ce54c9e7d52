package io.elements4j.adapter.falqueue.internal;

import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * The queue's request states ( (from secondary sources): seen in GMI client code, not in a schema) and the domain state each means.
 *
 * <p>{@code dispatched} counts as {@link TaskState#PROCESSING}: the request has left the queue and been handed to
 * the model's runner, so it no longer waits for capacity (a decision; GMI does not define the state).
 */
public enum FalQueueStatus {
    QUEUED("queued", TaskState.QUEUED),
    DISPATCHED("dispatched", TaskState.PROCESSING),
    PROCESSING("processing", TaskState.PROCESSING),
    SUCCESS("success", TaskState.SUCCEEDED),
    FAILED("failed", TaskState.FAILED),
    CANCELLED("cancelled", TaskState.CANCELLED);

    private final String wire;
    private final TaskState state;

    FalQueueStatus(String wire, TaskState state) {
        this.wire = wire;
        this.state = state;
    }

    /** The state as the queue writes it. */
    public String wire() {
        return wire;
    }

    public TaskState state() {
        return state;
    }

    /** The status the queue sent, ignoring case and surrounding blanks; none for a state it never documented. */
    public static Option<FalQueueStatus> of(String wire) {
        if (wire == null) {
            return Option.none();
        }
        String normalised = wire.trim().toLowerCase(Locale.ROOT);
        return List.of(values()).find(s -> s.wire.equals(normalised));
    }
}
