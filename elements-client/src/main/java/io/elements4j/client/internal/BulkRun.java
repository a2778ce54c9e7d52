package io.elements4j.client.internal;

import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.BulkProgress;
import io.elements4j.client.bulk.ConcurrencyBudget;
import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.client.internal.bulk.AdaptiveConcurrency;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.observe.CallRetried;
import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One bulk run: drafts sent as fast as {@link AdaptiveConcurrency} allows, each then awaited on the async view's
 * scheduler, every step written to the journal when there is one. All state is guarded by this object's lock;
 * callbacks arrive on the executor's threads or the scheduler's.
 */
final class BulkRun {

    private enum Step {
        SEND,
        AWAIT,
        RESOLVE
    }

    private record Work(int index, Step step) {}

    private final ElementsImpl elements;
    private final AsyncElementsImpl async;
    private final Array<ElementDraft> drafts;
    private final BulkOptions options;
    private final AwaitOptions waits;
    private final AdaptiveConcurrency concurrency;
    private final Object[] results;
    private final int[] sends;
    private final Option<ConcurrencyBudget> budget;
    private final ConcurrencyBudget.Slot[] slots;
    /** Drafts whose create ended CreationUnknown and whose callback is awaited instead. */
    private final boolean[] byCallback;

    private final Option<ExecutorService> pool;
    private final Deque<Work> queue = new ArrayDeque<>();
    private final CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> result =
            new CompletableFuture<>();
    private Map<IdempotencyKey, CreationJournal.Entry> replayed = HashMap.empty();
    private int inFlight;
    private int created;
    private int finished;
    private int failed;
    private int rateLimited;
    private int remaining;
    private boolean pumping;
    private boolean again;
    private boolean pauseScheduled;
    private boolean budgetRetryScheduled;
    private boolean aborted;
    private boolean starting;

    BulkRun(ElementsImpl elements, AsyncElementsImpl async, Seq<ElementDraft> drafts, BulkOptions options) {
        this.elements = elements;
        this.async = async;
        this.drafts = Array.ofAll(drafts);
        this.options = options;
        this.waits = options.await().getOrElse(elements::awaitDefaults);
        this.concurrency = new AdaptiveConcurrency(options.initialConcurrency(), 1, options.maxConcurrency());
        this.results = new Object[this.drafts.size()];
        this.sends = new int[this.drafts.size()];
        this.budget = elements.concurrencyBudget();
        this.slots = new ConcurrencyBudget.Slot[this.drafts.size()];
        this.byCallback = new boolean[this.drafts.size()];
        this.pool = async.bulkPool(options.maxConcurrency());
        Set<IdempotencyKey> keys = new HashSet<>();
        for (ElementDraft draft : this.drafts) {
            if (!keys.add(draft.idempotencyKey())) {
                throw new IllegalArgumentException("two drafts share the idempotency key " + draft.idempotencyKey()
                        + ": each draft of a bulk run needs its own");
            }
        }
    }

    synchronized CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> start() {
        remaining = drafts.size();
        starting = true;
        if (!journaled(j -> replayed = j.replay())) {
            return result;
        }
        for (int i = 0; i < drafts.size(); i++) {
            ElementDraft draft = drafts.get(i);
            Option<CreationJournal.Entry> entry = replayed.get(draft.idempotencyKey());
            Either<ElementsError, ElementDraft> valid = elements.validate(draft);
            if (entry.flatMap(CreationJournal.Entry::outcome).isDefined()) {
                created++;
                settle(i, restored(draft, entry.get().outcome().get()), false);
            } else if (entry.flatMap(CreationJournal.Entry::taskId).isDefined()
                    && elements.provider().supports(Capability.TASK_QUERY)) {
                created++;
                queue.add(new Work(i, Step.AWAIT));
            } else if (entry.isDefined()) {
                queue.add(new Work(i, Step.RESOLVE));
            } else if (valid.isLeft()) {
                settle(i, Either.left(valid.getLeft()), false);
            } else {
                queue.add(new Work(i, Step.SEND));
            }
        }
        starting = false;
        if (remaining == 0) {
            complete();
        } else {
            report();
            pump();
        }
        return result;
    }

    /** Starts what the limit allows; re-entered from callbacks, it loops instead of recursing. */
    private synchronized void pump() {
        if (pumping) {
            again = true;
            return;
        }
        pumping = true;
        try {
            do {
                again = false;
                while (!aborted && !queue.isEmpty()) {
                    Instant now = elements.clock().instant();
                    if (!concurrency.mayStart(inFlight, now)) {
                        Instant until = concurrency.pausedUntil();
                        if (now.isBefore(until) && !pauseScheduled) {
                            pauseScheduled = true;
                            async.scheduler().schedule(Duration.between(now, until), this::resume);
                        }
                        break;
                    }
                    Option<ConcurrencyBudget.Slot> slot = takeSlot();
                    if (slot.isEmpty()) {
                        break;
                    }
                    Work work = queue.pollFirst();
                    slots[work.index()] = slot.get();
                    inFlight++;
                    begin(work, now);
                }
            } while (again && !aborted);
        } finally {
            pumping = false;
        }
    }

    private synchronized void resume() {
        pauseScheduled = false;
        pump();
    }

    /**
     * A slot of the account's shared budget, when the facade has one: none when every slot is taken, and then the
     * run asks again a little later (and whenever one of its drafts ends). A budget that cannot be asked stops the run.
     */
    private Option<ConcurrencyBudget.Slot> takeSlot() {
        if (budget.isEmpty()) {
            return Option.some(() -> {});
        }
        Option<ConcurrencyBudget.Slot> slot;
        try {
            slot = budget.get().tryTake();
        } catch (RuntimeException e) {
            abort(e);
            return Option.none();
        }
        if (slot.isEmpty() && !budgetRetryScheduled) {
            budgetRetryScheduled = true;
            async.scheduler().schedule(budget.get().retryAfterNone(), this::retryBudget);
        }
        return slot;
    }

    private synchronized void retryBudget() {
        budgetRetryScheduled = false;
        pump();
    }

    /** Draft {@code i} is no longer in flight: its slot of the shared budget goes back. */
    private void leave(int i) {
        inFlight--;
        ConcurrencyBudget.Slot slot = slots[i];
        slots[i] = null;
        if (slot != null) {
            slot.release();
        }
    }

    private void releaseAll() {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                slots[i].release();
                slots[i] = null;
            }
        }
    }

    private void begin(Work work, Instant now) {
        int i = work.index();
        ElementDraft draft = drafts.get(i);
        switch (work.step()) {
            case SEND -> {
                sends[i]++;
                if (!journaled(j -> j.intent(draft.idempotencyKey(), draft.name(), now))) {
                    return;
                }
                int inFlightAtSend = inFlight;
                sendCall(() -> RetrySignals.during(event -> retried(event, now), () -> elements.submit(draft)))
                        .whenComplete((answer, thrown) -> submitted(i, now, inFlightAtSend, answer, thrown));
            }
            case AWAIT ->
                async.await(replayed.get(draft.idempotencyKey()).get().taskId().get(), waits)
                        .whenComplete((answer, thrown) -> ended(i, answer, thrown));
            case RESOLVE -> resolve(i, draft);
        }
    }

    /** Runs a create (or a look at the vendor) on the run's own pool, or on the user's executor when given. */
    private <T> CompletableFuture<T> sendCall(Supplier<T> call) {
        return pool.isDefined() ? CompletableFuture.supplyAsync(call, pool.get()) : async.call(call);
    }

    /**
     * One attempt of a create was turned away as rate-limited and the adapter sends it again after its own wait:
     * the limit reacts now, rather than only when the create finally gives up, and new sends pause for the vendor's
     * {@code Retry-After} when it named one.
     */
    private synchronized void retried(CallRetried event, Instant sentAt) {
        if (aborted || !"RateLimited".equals(event.error())) {
            return;
        }
        rateLimited++;
        if (event.limit().contains(ElementsError.RateLimited.Limit.PARALLEL_TASKS)) {
            concurrency.onParallelTasksFull(
                    inFlight, event.retryAfter(), elements.clock().instant());
        } else {
            concurrency.onRetried(sentAt, event.retryAfter(), elements.clock().instant());
        }
        report();
    }

    private synchronized void submitted(
            int i, Instant sentAt, int inFlightAtSend, Either<ElementsError, CreationTask> answer, Throwable thrown) {
        if (stopped(thrown)) {
            return;
        }
        ElementDraft draft = drafts.get(i);
        if (answer.isRight()) {
            accepted(i, answer.get());
            concurrency.onAccepted(inFlightAtSend);
            report();
            return;
        }
        ElementsError error = answer.getLeft();
        if (error instanceof ElementsError.CreationUnknown) {
            awaitCallbackOrSettle(i, error); // the intent stays: a later run looks before sending again
            return;
        }
        if (!journaled(j -> j.refused(draft.idempotencyKey()))) {
            return;
        }
        if (error instanceof ElementsError.RateLimited limited && sends[i] < options.maxSendsPerDraft()) {
            rateLimited++;
            if (limited.limit().contains(ElementsError.RateLimited.Limit.PARALLEL_TASKS)) {
                concurrency.onParallelTasksFull(
                        inFlight, limited.retryAfter(), elements.clock().instant());
            } else {
                concurrency.onRateLimited(
                        sentAt, limited.retryAfter(), elements.clock().instant());
            }
            leave(i);
            queue.addFirst(new Work(i, Step.SEND));
            report();
            pump();
            return;
        }
        settle(i, Either.left(error), true);
    }

    /** The vendor accepted draft {@code i} with this task: written down, then awaited. */
    private void accepted(int i, CreationTask task) {
        ElementDraft draft = drafts.get(i);
        if (!journaled(j -> j.created(draft.idempotencyKey(), task))) {
            return;
        }
        created++;
        async.awaitStarted(task, draft.idempotencyKey(), waits)
                .whenComplete((answer, thrown) -> ended(i, answer, thrown));
    }

    /**
     * A create whose outcome is unknown: when its draft's callback URL names it and callbacks reach this facade, the
     * callback is awaited within the run's waits ({@link ElementsImpl#draftTarget}); otherwise it is the answer.
     */
    private void awaitCallbackOrSettle(int i, ElementsError unknown) {
        if (!elements.awaitsCallbackOf(drafts.get(i), unknown)) {
            settle(i, Either.left(unknown), true);
            return;
        }
        byCallback[i] = true;
        async.awaitDraft(drafts.get(i).idempotencyKey(), unknown, waits)
                .whenComplete((answer, thrown) -> ended(i, answer, thrown));
    }

    private synchronized void ended(int i, Either<ElementsError, Awaited<CreationTask>> answer, Throwable thrown) {
        if (stopped(thrown)) {
            return;
        }
        IdempotencyKey key = drafts.get(i).idempotencyKey();
        if (byCallback[i] && answer.isLeft() && answer.getLeft() instanceof ElementsError.TaskStateUnknown known) {
            // The callback named the task, which did not finish in time: a later run awaits it rather than looking.
            CreationTask named = CreationTask.of(
                            known.taskId(), known.lastKnownState().getOrElse(TaskState.SUBMITTED))
                    .withIdempotencyKey(key);
            if (!journaled(j -> j.created(key, named))) {
                return;
            }
        }
        if (answer.isRight()) {
            CreationTask task = answer.get().value();
            if (!journaled(j -> j.finished(key, new CreationJournal.Outcome(true, task.id(), task.elementIds(), "")))) {
                return;
            }
        } else if (answer.getLeft() instanceof ElementsError.TaskFailed failure) {
            if (!journaled(j -> j.finished(
                    key, new CreationJournal.Outcome(false, failure.taskId(), List.empty(), failure.message())))) {
                return;
            }
        }
        settle(i, answer, true);
    }

    /**
     * A draft the last run was sending when it stopped: it may have reached the vendor (or it did, on a vendor
     * whose tasks cannot be awaited). The vendor's adapter is asked what that create made
     * ({@link ElementsImpl#findCreated}: Kling by the key, useapi in its listing); where the vendor cannot be asked the
     * answer is {@code CreationUnknown}, never a second send.
     */
    private void resolve(int i, ElementDraft draft) {
        Instant since = replayed.get(draft.idempotencyKey()).get().intentAt();
        sendCall(() -> elements.findCreated(draft, since)).whenComplete((found, thrown) -> found(i, found, thrown));
    }

    private synchronized void found(int i, Either<ElementsError, Option<CreationTask>> found, Throwable thrown) {
        if (stopped(thrown)) {
            return;
        }
        IdempotencyKey key = drafts.get(i).idempotencyKey();
        if (found.isRight() && found.get().isDefined()) {
            CreationTask task = found.get().get();
            accepted(i, task.idempotencyKey().isDefined() ? task : task.withIdempotencyKey(key));
            report();
        } else if (found.isRight()) {
            sendAgain(i);
        } else if (found.getLeft() instanceof ElementsError.CreationUnknown unknown) {
            awaitCallbackOrSettle(
                    i,
                    unknown(
                            key,
                            "the last run stopped while sending it, and " + unknown.message(),
                            unknown.candidates()));
        } else if (found.getLeft() instanceof ElementsError.Unsupported) {
            awaitCallbackOrSettle(
                    i,
                    unknown(
                            key,
                            "the last run stopped while sending it, and "
                                    + elements.provider().displayName()
                                    + " cannot be asked whether it was made: look in the account "
                                    + "before sending the draft again",
                            List.empty()));
        } else {
            settle(
                    i,
                    Either.left(unknown(
                            key,
                            "the last run stopped while sending it, and asking the vendor what it " + "made failed: "
                                    + found.getLeft().message() + "; ask again later before sending the draft again",
                            List.empty())),
                    true);
        }
    }

    /** Whether the run is over for a callback: aborted already, or aborting now for the failure it carries. */
    private boolean stopped(Throwable thrown) {
        if (aborted) {
            return true;
        }
        if (thrown != null) {
            abort(thrown);
            return true;
        }
        return false;
    }

    /** The vendor shows the draft was never made: it is sent like a new one. */
    private void sendAgain(int i) {
        leave(i);
        queue.addFirst(new Work(i, Step.SEND));
        pump();
    }

    private static ElementsError unknown(IdempotencyKey key, String why, Seq<ElementId> candidates) {
        return new ElementsError.CreationUnknown(
                "the outcome of creating the draft with key " + key + " is unknown: " + why,
                key,
                candidates,
                0,
                Option.none(),
                Option.none());
    }

    private static Either<ElementsError, Awaited<CreationTask>> restored(
            ElementDraft draft, CreationJournal.Outcome outcome) {
        if (outcome.succeeded()) {
            return Either.right(new Awaited<>(
                    CreationTask.of(outcome.taskId(), TaskState.SUCCEEDED)
                            .withElementIds(outcome.elementIds())
                            .withIdempotencyKey(draft.idempotencyKey()),
                    0,
                    Duration.ZERO));
        }
        return Either.left(
                new ElementsError.TaskFailed(outcome.taskId(), outcome.message(), Option.none(), Option.none()));
    }

    private synchronized void settle(int i, Either<ElementsError, Awaited<CreationTask>> value, boolean wasInFlight) {
        results[i] = value;
        if (wasInFlight) {
            leave(i);
        }
        if (value.isRight()) {
            finished++;
        } else {
            failed++;
        }
        remaining--;
        if (starting) {
            return; // the journal's outcomes and refused drafts, before anything is sent
        }
        report();
        if (remaining == 0) {
            complete();
        } else {
            pump();
        }
    }

    private void complete() {
        @SuppressWarnings("unchecked")
        Seq<Either<ElementsError, Awaited<CreationTask>>> ordered =
                Array.of(results).map(r -> (Either<ElementsError, Awaited<CreationTask>>) r);
        pool.forEach(ExecutorService::shutdown);
        releaseAll();
        result.complete(ordered);
    }

    private void report() {
        options.listener()
                .progress(new BulkProgress(
                        drafts.size(), created, finished, failed, inFlight, concurrency.limit(), rateLimited));
    }

    /** Writes to the journal, if any; a write that fails stops the run, as a crash would. */
    private boolean journaled(Consumer<CreationJournal> write) {
        if (aborted) {
            return false;
        }
        try {
            options.journal().forEach(write);
            return true;
        } catch (RuntimeException e) {
            abort(e);
            return false;
        }
    }

    private synchronized void abort(Throwable thrown) {
        aborted = true;
        queue.clear();
        releaseAll();
        pool.forEach(ExecutorService::shutdown);
        result.completeExceptionally(thrown);
    }
}
