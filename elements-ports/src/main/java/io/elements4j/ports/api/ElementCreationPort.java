package io.elements4j.ports.api;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Either;

/** Creates elements. Creation is a task on most vendors; useapi answers with a task that has already succeeded. */
public interface ElementCreationPort {

    /**
     * Sends a draft that has already passed the provider's rules. Never sends it twice for one call: after an
     * ambiguous failure the adapter either recovers the task by the draft's idempotency key or answers
     * {@code ProviderFailure(ambiguous = true)}.
     *
     * @param draft the element to create
     * @return sends a draft that has already passed the provider's rules
     */
    Either<ElementsError, CreationTask> submit(ElementDraft draft);

    /**
     * The task as the vendor reports it now. By default {@code Unsupported}: a vendor without task lookup (useapi,
     * whose creates finish at once) implements only {@link #submit}.
     *
     * @param id the id
     * @return the task as the vendor reports it now
     */
    default Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.TASK_QUERY));
    }
}
