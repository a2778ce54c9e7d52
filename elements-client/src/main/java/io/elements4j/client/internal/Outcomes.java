package io.elements4j.client.internal;

import io.elements4j.client.internal.waiter.Acceptance;
import io.elements4j.client.internal.waiter.Waiter;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Durations;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** How the facade words its own answers: an operation the provider lacks, and how a wait for a task ended. */
final class Outcomes {

    private Outcomes() {}

    /** The provider lacks the capability: answered without calling it. */
    static ElementsError unsupported(ProviderMetadata metadata, Capability capability) {
        return ElementsError.Unsupported.of(metadata.displayName() + " (" + metadata.id() + ")", capability);
    }

    /** A create that broke in a way that may have taken effect: the caller must look before sending it again. */
    static ElementsError submitted(ElementsError error, IdempotencyKey key) {
        return error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()
                ? ElementsError.CreationUnknown.of(failure, key)
                : error;
    }

    /**
     * What a task's state means for its wait. A success that names no element is read again where the task can be
     * read: the elements are what the caller waits for.
     */
    static Acceptance acceptance(CreationTask task, boolean canReadAgain) {
        if (task.state() == TaskState.SUCCEEDED) {
            return task.elementIds().isEmpty() && canReadAgain ? Acceptance.RETRY : Acceptance.SUCCESS;
        }
        return task.state().isFailure() ? Acceptance.FAILURE : Acceptance.RETRY;
    }

    /** The task failed or was cancelled, as the vendor said. */
    static ElementsError failed(CreationTask task) {
        String reason = task.failureReason()
                .getOrElse(
                        task.state() == TaskState.CANCELLED ? "the task was cancelled" : "the vendor gave no reason");
        return new ElementsError.TaskFailed(
                task.id(),
                "element creation task " + task.id() + " "
                        + (task.state() == TaskState.CANCELLED ? "was cancelled: " : "failed: ") + reason,
                task.failureCode(),
                Option.none());
    }

    /** A wait that ended without a definite answer: the task id, its last state and what to do next. */
    static ElementsError unresolved(Waiter.Unresolved<CreationTaskId, CreationTask> ended, Option<IdempotencyKey> key) {
        Option<TaskState> last = ended.lastKnown().map(CreationTask::state);
        StringBuilder message = new StringBuilder("element creation task ")
                .append(ended.key())
                .append(' ')
                .append(ended.why())
                .append(" (")
                .append(ended.attempts())
                .append(ended.attempts() == 1 ? " poll, " : " polls, ")
                .append(Durations.human(ended.elapsed()))
                .append(" elapsed")
                .append(last.map(s -> ", last known state " + s).getOrElse(", no state read yet"))
                .append(')');
        ended.lastError()
                .forEach(e -> message.append("; the last poll answered: ").append(e.message()));
        message.append("; the task may still finish: await it again with its id ")
                .append(ended.key());
        return new ElementsError.TaskStateUnknown(
                ended.key(),
                last,
                ended.lastKnown().flatMap(CreationTask::idempotencyKey).orElse(key),
                ended.attempts(),
                message.toString(),
                ended.lastError().flatMap(ElementsError::requestId));
    }

    /** What a wait by a draft's key starts from: no callback has named its task yet. */
    static ElementsError noCallbackYet(IdempotencyKey key) {
        return new ElementsError.CreationUnknown(
                "the outcome of creating the draft with key " + key + " is unknown:"
                        + " its answer was lost, and no callback has named its task yet",
                key,
                List.empty(),
                0,
                Option.none(),
                Option.none());
    }

    /**
     * A wait for a draft's callback that ended without one: the create's own {@code CreationUnknown}, saying that no
     * callback named the draft in that time either, and what to do.
     */
    static ElementsError noCallback(
            ElementsError unknown, IdempotencyKey key, Waiter.Unresolved<IdempotencyKey, CreationTask> ended) {
        String message = unknown.message() + "; no callback named the draft (" + key + ") within "
                + Durations.human(ended.elapsed()) + " either: await(\"" + key + "\") waits for it again, or look in"
                + " the account before sending the draft again";
        return unknown instanceof ElementsError.CreationUnknown creation
                ? new ElementsError.CreationUnknown(
                        message,
                        key,
                        creation.candidates(),
                        creation.status(),
                        creation.vendorCode(),
                        creation.requestId())
                : new ElementsError.CreationUnknown(message, key, List.empty(), 0, Option.none(), Option.none());
    }
}
