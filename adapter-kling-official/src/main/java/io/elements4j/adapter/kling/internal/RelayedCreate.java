package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;
import io.vavr.control.Either;

/**
 * What a relay of Kling's API answers to a create: Kling's envelope passed on ({@code data} the task), or the relay's
 * own task object, {@code {id, task_id, object, model, status: "", progress, created_at}} (anyfast).
 *
 * @param code       Kling's code, when the envelope is passed on
 * @param message    Kling's message, when the envelope is passed on
 * @param request_id Kling's request id, when the envelope is passed on
 * @param data       Kling's task, when the envelope is passed on
 * @param task_id    the relay's task id, in its own answer
 * @param id         the relay's own id for the task, in its own answer
 */
public record RelayedCreate(
        JsonNode code,
        String message,
        String request_id,
        KlingTaskRecord data,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String task_id,

        @JsonDeserialize(using = ExactTextDeserializer.class)
        String id) {

    /**
     * The task the answer names: Kling's record, or a submitted task of the relay's id.
     *
     * @return the task, or what is missing
     */
    public Either<String, KlingTaskRecord> task() {
        if (data != null) {
            return Either.right(data);
        }
        String taskId = task_id != null && !task_id.isBlank() ? task_id : id;
        return taskId == null || taskId.isBlank()
                ? Either.left("the relay answered the create without a task id")
                : Either.right(KlingTaskRecord.submitted(taskId));
    }
}
