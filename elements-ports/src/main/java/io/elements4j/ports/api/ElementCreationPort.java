package io.elements4j.ports.api;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

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
     * @return the task as the vendor reports it now
     */
    default Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.TASK_QUERY));
    }

    /**
     * What an earlier create of {@code draft} made, for a caller that cannot know whether that create was sent or
     * accepted (a run stopped in the middle of it). Only the vendor's adapter knows how to ask: Kling by the draft's
     * key, useapi in its listing. By default {@code Unsupported}: the vendor cannot be asked.
     *
     * @param draft the draft, with the idempotency key it was sent with
     * @param since when the earlier create may first have been sent
     * @return the task it made; none when the vendor shows nothing was made, so the draft can be sent;
     *         {@code CreationUnknown} when the vendor cannot tell (several candidates, or not finished yet)
     */
    default Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.IDEMPOTENT_CREATE));
    }
}
