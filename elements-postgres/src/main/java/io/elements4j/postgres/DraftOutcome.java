package io.elements4j.postgres;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where one draft of a {@link SharedBulkRun} stands, as any instance reads it.
 *
 * @param key       the draft's key
 * @param name      the draft's name
 * @param status    pending, or how it ended
 * @param taskId    the vendor's task, once known
 * @param elements  the elements made, on success
 * @param errorType the kind of error it ended with ({@code CreationUnknown}, {@code InvalidRequest}, …), when it did
 * @param message   why it failed or ended unresolved; empty otherwise
 * @param claimedBy the instance working on it now, while pending and claimed
 */
public record DraftOutcome(
        IdempotencyKey key,
        String name,
        Status status,
        Option<CreationTaskId> taskId,
        Seq<ElementId> elements,
        Option<String> errorType,
        String message,
        Option<String> claimedBy) {

    /** Where a draft stands. */
    public enum Status {
        /** Not finished: waiting to be claimed, or being worked on. */
        PENDING,
        /** Its task succeeded; {@code elements} holds what it made. */
        SUCCEEDED,
        /** Its task failed at the vendor; {@code message} says why. */
        FAILED,
        /**
         * It may or may not have been created: its worker died while sending it and the vendor cannot be asked (or
         * the answer to the create was lost). Look in the account before sending it again.
         */
        AMBIGUOUS,
        /** It ended without a task outcome: refused before or by the vendor, or its task's state stayed unknown. */
        ERROR
    }

    /**
     * Checks every component.
     *
     * @param key       the draft's key
     * @param name      the draft's name
     * @param status    where it stands
     * @param taskId    the task, once known
     * @param elements  the elements made
     * @param errorType the error's kind, when it ended with one
     * @param message   why it failed
     * @param claimedBy who works on it now
     */
    public DraftOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(claimedBy, "claimedBy");
    }
}
