package io.elements4j.client.internal.callback;

import io.elements4j.client.callback.SharedTaskUpdates;
import io.elements4j.client.internal.waiter.Pushes;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The states a facade's waits hear: its own {@link CallbackStates}, and — when the builder was given a
 * {@link SharedTaskUpdates} — what other facades recorded there. Without a shared record it is the local record
 * alone, as before.
 */
public final class FleetPushes
        implements Pushes<CreationTaskId, CreationTask>, SharedTaskUpdates.Receiver, AutoCloseable {

    private final CallbackStates local;
    private final Option<SharedTaskUpdates.Channel> shared;
    private final ConcurrentHashMap<CreationTaskId, Integer> watched = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<IdempotencyKey, Integer> watchedDrafts = new ConcurrentHashMap<>();
    private final Pushes<IdempotencyKey, CreationTask> byDraft = new ByDraft();

    /**
     * The pushes of one facade.
     *
     * @param local      its own record of callbacks
     * @param shared     the record shared with other facades, if any
     * @param providerId the facade's provider
     */
    public FleetPushes(CallbackStates local, Option<SharedTaskUpdates> shared, String providerId) {
        this.local = Objects.requireNonNull(local, "local");
        this.shared = shared.map(record ->
                Objects.requireNonNull(record.open(providerId, this), "the shared task updates opened no channel"));
    }

    /**
     * A callback this facade accepted: recorded where every facade sharing the record sees it, and in the local
     * record, which ends this facade's waits.
     *
     * @param task the task as the callback described it
     * @return the task's state as now known here; a retryable {@code ProviderFailure} when the shared record could
     *         not take it (the vendor, answered an error, sends the callback again)
     */
    public Either<ElementsError, CreationTask> received(CreationTask task) {
        CreationTask now = local.publish(task);
        if (shared.isEmpty()) {
            return Either.right(now);
        }
        try {
            shared.get().record(task);
            return Either.right(now);
        } catch (RuntimeException e) {
            return Either.left(ElementsError.ProviderFailure.retryable(
                    "the callback for task " + task.id().value()
                            + " was read but could not be recorded for the other instances (" + e.getMessage()
                            + "); answer the vendor an error so that it sends the callback again",
                    0,
                    Option.none(),
                    Option.none()));
        }
    }

    @Override
    public Option<CreationTask> latest(CreationTaskId key) {
        Option<CreationTask> here = local.latest(key);
        if (shared.isEmpty() || here.exists(CreationTask::isTerminal)) {
            return here;
        }
        Option<CreationTask> recorded;
        try {
            recorded = shared.get().find(key);
        } catch (RuntimeException e) {
            return here; // the record cannot be read now: the wait polls the vendor as usual
        }
        recorded.forEach(this::deliver);
        return local.latest(key);
    }

    @Override
    public Subscription subscribe(CreationTaskId key, Runnable onPush) {
        return watching(watched, key, local.subscribe(key, onPush));
    }

    /**
     * The task a callback named for a draft: known here, or recorded by another facade with the draft's key.
     *
     * @param draft the draft's key
     * @return the task, or none while no callback named the draft
     */
    public Option<CreationTaskId> taskOf(IdempotencyKey draft) {
        return byDraft.latest(draft).map(CreationTask::id).orElse(() -> local.taskOf(draft));
    }

    /**
     * The states by draft, as the waits for a create whose answer was lost hear them: the local record's, and what
     * other facades recorded with the draft's key.
     *
     * @return the view
     */
    public Pushes<IdempotencyKey, CreationTask> byDraft() {
        return byDraft;
    }

    private static <K> Subscription watching(ConcurrentHashMap<K, Integer> counts, K key, Subscription subscription) {
        counts.merge(key, 1, Integer::sum);
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
            }
            subscription.close();
            counts.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        };
    }

    @Override
    public boolean waitsFor(CreationTaskId task) {
        return watched.containsKey(task);
    }

    @Override
    public Set<CreationTaskId> waitedFor() {
        return HashSet.ofAll(watched.keySet());
    }

    @Override
    public boolean waitsForDraft(IdempotencyKey draft) {
        return watchedDrafts.containsKey(draft);
    }

    @Override
    public Set<IdempotencyKey> draftsWaitedFor() {
        return HashSet.ofAll(watchedDrafts.keySet());
    }

    @Override
    public void deliver(CreationTask task) {
        Option<CreationTask> here = local.latest(task.id());
        boolean namesAwaitedDraft =
                task.idempotencyKey().exists(draft -> local.taskOf(draft).isEmpty());
        if (here.isEmpty() || movesOn(here.get(), task) || namesAwaitedDraft) {
            local.publish(task);
        }
    }

    /** Whether a recorded state tells this facade something new: a later state, or a success's elements at last. */
    private static boolean movesOn(CreationTask here, CreationTask recorded) {
        if (!CallbackStates.advances(here, recorded)) {
            return false;
        }
        return here.state() != recorded.state()
                || recorded.state() == TaskState.SUCCEEDED
                        && here.elementIds().isEmpty()
                        && !recorded.elementIds().isEmpty();
    }

    @Override
    public void close() {
        shared.forEach(SharedTaskUpdates.Channel::close);
    }

    /** The local record by draft, completed from the shared record's rows with the draft's key. */
    private final class ByDraft implements Pushes<IdempotencyKey, CreationTask> {

        @Override
        public Option<CreationTask> latest(IdempotencyKey draft) {
            Option<CreationTask> here = local.forDraft(draft);
            if (shared.isEmpty() || here.exists(CreationTask::isTerminal)) {
                return here;
            }
            Option<CreationTask> recorded;
            try {
                recorded = shared.get().findByDraft(draft);
            } catch (RuntimeException e) {
                return here; // the record cannot be read now: a callback here still ends the wait
            }
            recorded.filter(task -> task.idempotencyKey().contains(draft)).forEach(FleetPushes.this::deliver);
            return local.forDraft(draft);
        }

        @Override
        public Subscription subscribe(IdempotencyKey draft, Runnable onPush) {
            return watching(watchedDrafts, draft, local.byDraft().subscribe(draft, onPush));
        }
    }
}
