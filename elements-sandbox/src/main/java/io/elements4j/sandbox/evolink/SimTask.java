package io.elements4j.sandbox.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.core.SimJson;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code kling-custom-element} task: how many polls it has seen, how it will end, and its task object as
 * Evolink renders it in each state.
 */
final class SimTask {

    static final int ESTIMATED_SECONDS = 600;

    /** How a task ends once its polls are used up. */
    sealed interface Outcome {
        record Completed(long elementId) implements Outcome {}

        record Failed(String code, String message) implements Outcome {
            public Failed {
                Objects.requireNonNull(code, "code");
                Objects.requireNonNull(message, "message");
            }
        }

        /**
         * Ended by Evolink or the account owner. Evolink documents the status only for callbacks; the body, with
         * error code {@code request_cancelled} (a documented failed-task code), is our guess.
         */
        record Cancelled(String message) implements Outcome {}
    }

    enum Status {
        PENDING,
        PROCESSING,
        COMPLETED,
        FAILED,
        CANCELLED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    final String id;
    final long createdEpochSecond;
    private final int pollsToFinish;
    private final Outcome outcome;
    private int polls;
    private Status status = Status.PENDING;

    SimTask(String id, long createdEpochSecond, int pollsToFinish, Outcome outcome) {
        this.id = id;
        this.createdEpochSecond = createdEpochSecond;
        this.pollsToFinish = pollsToFinish;
        this.outcome = outcome;
    }

    Status status() {
        return status;
    }

    Outcome outcome() {
        return outcome;
    }

    /** A status poll: the task moves on, finishing on its last poll. */
    void poll() {
        if (isTerminal()) {
            return;
        }
        polls++;
        status = polls >= pollsToFinish ? terminalStatus() : Status.PROCESSING;
    }

    /** Finishes at once, as if every poll had been made. */
    void finish() {
        status = terminalStatus();
    }

    boolean isTerminal() {
        return status == Status.COMPLETED || status == Status.FAILED || status == Status.CANCELLED;
    }

    private Status terminalStatus() {
        if (outcome instanceof Outcome.Completed) {
            return Status.COMPLETED;
        }
        return outcome instanceof Outcome.Failed ? Status.FAILED : Status.CANCELLED;
    }

    private int progress() {
        return switch (status) {
            case PENDING, FAILED, CANCELLED -> 0;
            case PROCESSING -> Math.max(1, Math.min(99, polls * 100 / Math.max(1, pollsToFinish)));
            case COMPLETED -> 100;
        };
    }

    /** The answer to the create: the documented task object, always {@code pending}, with its billing reservation. */
    ObjectNode submitted() {
        ObjectNode task = common(Status.PENDING, 0);
        task.putObject("task_info").put("can_cancel", true).put("estimated_time", ESTIMATED_SECONDS);
        task.put("type", "video");
        task.putObject("usage")
                .put("billing_rule", "per_call")
                .put("credits_reserved", 1)
                .put("user_group", "default");
        return task;
    }

    /** The answer to {@code GET /v1/tasks/{id}} in the task's current state. */
    ObjectNode detail(ResultDataShape shape) {
        ObjectNode task = common(status, progress());
        switch (status) {
            case PENDING, PROCESSING ->
                task.putObject("task_info")
                        .put("can_cancel", true)
                        .put("estimated_time", ESTIMATED_SECONDS * (100 - progress()) / 100);
            case COMPLETED -> {
                task.set("result_data", resultData(((Outcome.Completed) outcome).elementId(), shape));
                task.putObject("task_info").put("can_cancel", false);
            }
            case FAILED -> {
                Outcome.Failed failed = (Outcome.Failed) outcome;
                task.putObject("error").put("code", failed.code()).put("message", failed.message());
                task.putObject("task_info").put("can_cancel", false);
            }
            case CANCELLED -> {
                task.putObject("error")
                        .put("code", "request_cancelled")
                        .put("message", ((Outcome.Cancelled) outcome).message());
                task.putObject("task_info").put("can_cancel", false);
            }
        }
        task.put("type", "video");
        return task;
    }

    private ObjectNode common(Status shown, int progress) {
        return SimJson.object()
                .put("created", createdEpochSecond)
                .put("id", id)
                .put("model", CustomElementRequests.MODEL)
                .put("object", "video.generation.task")
                .put("progress", progress)
                .put("status", shown.wire());
    }

    private static JsonNode resultData(long elementId, ResultDataShape shape) {
        String text = Long.toString(elementId);
        return switch (shape) {
            case ARRAY_OF_OBJECTS_WITH_NUMBER ->
                SimJson.array().add(SimJson.object().put("element_id", elementId));
            case OBJECT_WITH_NUMBER -> SimJson.object().put("element_id", elementId);
            case ARRAY_OF_OBJECTS_WITH_STRING ->
                SimJson.array().add(SimJson.object().put("element_id", text));
            case NESTED_OBJECT_WITH_STRING -> {
                ObjectNode data = SimJson.object();
                data.putObject("element").put("element_id", text);
                yield data;
            }
        };
    }
}
