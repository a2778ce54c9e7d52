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
        elementIds = withEachOf(onceEach(List.ofAll(elementIds)), elements);
    }

    /**
     * The ids, then each element's id not among them yet. A copy of a task ({@code withTimes}, {@code withState})
     * passes the ids its elements added back in: found already, they are not added again and then removed. A task
     * of many elements (a listing recovered) takes {@code distinct()} instead of the pairwise look.
     */
    private static List<ElementId> withEachOf(List<ElementId> ids, Seq<Element> elements) {
        if (elements.isEmpty()) {
            return ids;
        }
        if (ids.size() + elements.size() > 8) {
            return ids.appendAll(elements.map(Element::id)).distinct();
        }
        List<ElementId> all = ids;
        for (Element element : elements) {
            if (!all.contains(element.id())) {
                all = all.append(element.id());
            }
        }
        return all;
    }

    /**
     * The ids in their order, each once. A task names one or a few: those are compared pairwise, and returned as they
     * are when none repeats, without the hash set {@code distinct()} builds (every task lookup makes a task).
     */
    private static List<ElementId> onceEach(List<ElementId> ids) {
        int size = ids.size();
        if (size <= 1) {
            return ids;
        }
        if (size > 8) {
            return ids.distinct();
        }
        List<ElementId> rest = ids;
        while (!rest.isEmpty()) {
            if (rest.tail().contains(rest.head())) {
                return ids.distinct();
            }
            rest = rest.tail();
        }
        return ids;
    }

    /**
     * A task in the given state with nothing else known yet.
     *
     * @return a task in the given state with nothing else known yet
     */
    public static CreationTask of(CreationTaskId id, TaskState state) {
        return builder(id, state).build();
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
        return toBuilder().state(newState).build();
    }

    /**
     * A copy with the given elements.
     *
     * @return a copy with the given elements
     */
    public CreationTask withElements(Seq<Element> produced) {
        return toBuilder().elements(produced).build();
    }

    /**
     * A copy with the given element ids.
     *
     * @return a copy with the given element ids
     */
    public CreationTask withElementIds(Seq<ElementId> produced) {
        return toBuilder().elementIds(produced).build();
    }

    /**
     * A copy with the given failure reason.
     *
     * @return a copy with the given failure reason
     */
    public CreationTask withFailureReason(String reason) {
        return toBuilder().failure(Option.of(reason), failureCode).build();
    }

    /**
     * A copy with the given failure code.
     *
     * @param code the stable rule code, see {@link io.elements4j.domain.rules.RuleCodes}
     * @return a copy with the given failure code
     */
    public CreationTask withFailureCode(String code) {
        return toBuilder().failure(failureReason, Option.of(code)).build();
    }

    /**
     * A copy with the given idempotency key.
     *
     * @return a copy with the given idempotency key
     */
    public CreationTask withIdempotencyKey(IdempotencyKey key) {
        return toBuilder().idempotencyKey(Option.of(key)).build();
    }

    /**
     * A copy with the given progress.
     *
     * @param percent how far along the task is, 0 to 100
     * @return a copy with the given progress
     */
    public CreationTask withProgress(int percent) {
        return toBuilder().progress(Option.some(percent)).build();
    }

    /**
     * A copy with the given times.
     *
     * @return a copy with the given times
     */
    public CreationTask withTimes(Option<Instant> created, Option<Instant> updated) {
        return toBuilder().times(created, updated).build();
    }

    /**
     * Starts a task record by name rather than by position, for a vendor's answer read field by field:
     * {@code CreationTask.builder(id, state).elementIds(ids).failure(reason, code).times(created, updated).build()}.
     * Everything not set is empty.
     *
     * @param id    the vendor's task id
     * @param state where it stands
     * @return the builder
     */
    public static Builder builder(CreationTaskId id, TaskState state) {
        return new Builder(id, state);
    }

    /**
     * A builder holding this task's parts, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder(id, state)
                .elementIds(elementIds)
                .elements(elements)
                .failure(failureReason, failureCode)
                .idempotencyKey(idempotencyKey)
                .progress(progress)
                .times(createdAt, updatedAt);
    }

    /** Builds a {@link CreationTask} by naming its parts; each setter replaces what was set before. */
    public static final class Builder {
        private final CreationTaskId id;
        private TaskState state;
        private Seq<ElementId> elementIds = List.empty();
        private Seq<Element> elements = List.empty();
        private Option<String> failureReason = Option.none();
        private Option<String> failureCode = Option.none();
        private Option<IdempotencyKey> idempotencyKey = Option.none();
        private Option<Integer> progress = Option.none();
        private Option<Instant> createdAt = Option.none();
        private Option<Instant> updatedAt = Option.none();

        private Builder(CreationTaskId id, TaskState state) {
            this.id = Objects.requireNonNull(id, "id");
            this.state = Objects.requireNonNull(state, "state");
        }

        /**
         * Where the task stands.
         *
         * @return this builder
         */
        public Builder state(TaskState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }

        /**
         * The ids of the elements produced, for a vendor that reports ids only.
         *
         * @return this builder
         */
        public Builder elementIds(Seq<ElementId> value) {
            this.elementIds = Objects.requireNonNull(value, "elementIds");
            return this;
        }

        /**
         * The elements produced, in full; their ids are listed too.
         *
         * @return this builder
         */
        public Builder elements(Seq<Element> value) {
            this.elements = Objects.requireNonNull(value, "elements");
            return this;
        }

        /**
         * The vendor's reason and code for a failed or cancelled task, where it gives them.
         *
         * @return this builder
         */
        public Builder failure(Option<String> reason, Option<String> code) {
            this.failureReason = Objects.requireNonNull(reason, "failureReason");
            this.failureCode = Objects.requireNonNull(code, "failureCode");
            return this;
        }

        /**
         * The draft's key, where the vendor echoes it.
         *
         * @return this builder
         */
        public Builder idempotencyKey(Option<IdempotencyKey> value) {
            this.idempotencyKey = Objects.requireNonNull(value, "idempotencyKey");
            return this;
        }

        /**
         * The progress in percent, where the vendor reports it.
         *
         * @return this builder
         */
        public Builder progress(Option<Integer> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * When the vendor created the task and last changed it, where it says.
         *
         * @return this builder
         */
        public Builder times(Option<Instant> created, Option<Instant> updated) {
            this.createdAt = Objects.requireNonNull(created, "createdAt");
            this.updatedAt = Objects.requireNonNull(updated, "updatedAt");
            return this;
        }

        /**
         * The task.
         *
         * @return a new task record
         */
        public CreationTask build() {
            return new CreationTask(
                    id,
                    state,
                    elementIds,
                    elements,
                    failureReason,
                    failureCode,
                    idempotencyKey,
                    progress,
                    createdAt,
                    updatedAt);
        }
    }
}
