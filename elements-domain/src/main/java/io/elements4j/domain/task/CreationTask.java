package io.elements4j.domain.task;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * An element-creation task as the vendor last reported it.
 *
 * @param id             the vendor's task id
 * @param state          where it stands
 * @param elementIds     the ids of the elements it produced (generated views can produce several)
 * @param elements       the produced elements in full, where the vendor reports them (some vendors report
 *                       only ids)
 * @param failureReason  the vendor's reason when the task failed or was cancelled
 * @param failureCode    the vendor's code for that failure (e.g. {@code content_policy_violation}), if it gave one
 * @param idempotencyKey the key the task was created with, where the vendor echoes it
 * @param progress       percent done, where the vendor reports it
 * @param createdAt      when the vendor created it
 * @param updatedAt      when the vendor last changed it
 */
public record CreationTask(
        CreationTaskId id,
        TaskState state,
        Seq<ElementId> elementIds,
        Seq<Element> elements,
        Option<String> failureReason,
        Option<String> failureCode,
        Option<IdempotencyKey> idempotencyKey,
        Option<Integer> progress,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /**
     * Creates the value, checking every component.
     */
    public CreationTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elementIds, "elementIds");
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(failureCode, "failureCode");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // Every element reported in full is also listed by id, once, in the vendor's order.
        elementIds = List.ofAll(elementIds).appendAll(elements.map(Element::id)).distinct();
    }

    /**
     * A task in the given state with nothing else known yet.
     *
     * @return a task in the given state with nothing else known yet
     */
    public static CreationTask of(CreationTaskId id, TaskState state) {
        return new CreationTask(
                id,
                state,
                List.empty(),
                List.empty(),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none());
    }

    /**
     * Whether this creation task is terminal.
     *
     * @return whether this creation task is terminal
     */
    public boolean isTerminal() {
        return state.isTerminal();
    }

    /**
     * A copy with the given state.
     *
     * @return a copy with the given state
     */
    public CreationTask withState(TaskState newState) {
        return new CreationTask(
                id,
                newState,
                elementIds,
                elements,
                failureReason,
                failureCode,
                idempotencyKey,
                progress,
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given elements.
     *
     * @return a copy with the given elements
     */
    public CreationTask withElements(Seq<Element> produced) {
        return new CreationTask(
                id,
                state,
                elementIds,
                produced,
                failureReason,
                failureCode,
                idempotencyKey,
                progress,
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given element ids.
     *
     * @return a copy with the given element ids
     */
    public CreationTask withElementIds(Seq<ElementId> produced) {
        return new CreationTask(
                id,
                state,
                produced,
                elements,
                failureReason,
                failureCode,
                idempotencyKey,
                progress,
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given failure reason.
     *
     * @return a copy with the given failure reason
     */
    public CreationTask withFailureReason(String reason) {
        return new CreationTask(
                id,
                state,
                elementIds,
                elements,
                Option.of(reason),
                failureCode,
                idempotencyKey,
                progress,
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given failure code.
     *
     * @param code the stable rule code, see {@link io.elements4j.domain.rules.RuleCodes}
     * @return a copy with the given failure code
     */
    public CreationTask withFailureCode(String code) {
        return new CreationTask(
                id,
                state,
                elementIds,
                elements,
                failureReason,
                Option.of(code),
                idempotencyKey,
                progress,
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given idempotency key.
     *
     * @return a copy with the given idempotency key
     */
    public CreationTask withIdempotencyKey(IdempotencyKey key) {
        return new CreationTask(
                id,
                state,
                elementIds,
                elements,
                failureReason,
                failureCode,
                Option.of(key),
                progress,
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given progress.
     *
     * @param percent how far along the task is, 0 to 100
     * @return a copy with the given progress
     */
    public CreationTask withProgress(int percent) {
        return new CreationTask(
                id,
                state,
                elementIds,
                elements,
                failureReason,
                failureCode,
                idempotencyKey,
                Option.some(percent),
                createdAt,
                updatedAt);
    }

    /**
     * A copy with the given times.
     *
     * @return a copy with the given times
     */
    public CreationTask withTimes(Option<Instant> created, Option<Instant> updated) {
        return new CreationTask(
                id,
                state,
                elementIds,
                elements,
                failureReason,
                failureCode,
                idempotencyKey,
                progress,
                created,
                updated);
    }
}
