package io.elements4j.client.internal;

import io.elements4j.client.AsyncElements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.internal.waiter.AsyncWaiter;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.elements4j.ports.time.Scheduler;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The asynchronous view of one {@link ElementsImpl}: calls run on the executor, waits on the {@link AsyncWaiter}'s
 * scheduler; both start on first use, so a facade that never goes async costs no thread.
 */
final class AsyncElementsImpl implements AsyncElements {

    private final ElementsImpl elements;
    private final AsyncSetup setup;
    private Executor executor;
    private ExecutorService owned;
    private Scheduler scheduler;
    private AsyncWaiter waiter;
    private boolean closed;

    AsyncElementsImpl(ElementsImpl elements, AsyncSetup setup) {
        this.elements = elements;
        this.setup = setup;
    }

    /** Starts the executor and scheduler on first use, so a facade that never goes async costs no thread. */
    private synchronized AsyncWaiter waiter() {
        if (closed) {
            throw new IllegalStateException("this Elements is closed");
        }
        if (waiter == null) {
            if (setup.executor().isDefined()) {
                executor = setup.executor().get();
            } else {
                owned = AsyncSetup.defaultExecutor();
                executor = owned;
            }
            scheduler = setup.scheduler().getOrElse(Scheduler::system);
            waiter = new AsyncWaiter(elements.clock(), scheduler, executor, setup.random());
        }
        return waiter;
    }

    private synchronized Executor executor() {
        waiter();
        return executor;
    }

    @Override
    public CompletableFuture<Either<ElementsError, CreationTask>> submit(ElementDraft draft) {
        return run(() -> elements.submit(draft));
    }

    @Override
    public CompletableFuture<Either<ElementsError, CreationTask>> task(CreationTaskId id) {
        return run(() -> elements.task(id));
    }

    @Override
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> createAndAwait(ElementDraft draft) {
        return createAndAwait(draft, elements.awaitDefaults());
    }

    @Override
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> createAndAwait(
            ElementDraft draft, AwaitOptions options) {
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> result = new CompletableFuture<>();
        CompletableFuture<Either<ElementsError, CreationTask>> submitted = submit(draft);
        result.whenComplete((value, thrown) -> submitted.cancel(false));
        submitted.whenComplete((task, thrown) -> {
            if (thrown != null) {
                result.completeExceptionally(thrown);
            } else if (task.isLeft() && !result.isDone() && elements.awaitsCallbackOf(draft, task.getLeft())) {
                link(awaitDraft(draft.idempotencyKey(), task.getLeft(), options), result);
            } else if (task.isLeft()) {
                result.complete(Either.left(task.getLeft()));
            } else if (!result.isDone()) {
                link(awaitStarted(task.get(), draft.idempotencyKey(), options), result);
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(CreationTaskId id) {
        return await(id, elements.awaitDefaults());
    }

    @Override
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(
            CreationTaskId id, AwaitOptions options) {
        return await(id, options, 0, 1);
    }

    @Override
    public CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> awaitAll(
            Seq<CreationTaskId> ids, AwaitOptions options) {
        Array<CreationTaskId> tasks = Array.ofAll(ids);
        Seq<CompletableFuture<Either<ElementsError, Awaited<CreationTask>>>> waits =
                tasks.zipWithIndex().map(t -> await(t._1, options, t._2, tasks.size()));
        CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all = CompletableFuture.allOf(
                        waits.toJavaList().toArray(new CompletableFuture<?>[0]))
                .thenApply(ignored -> waits.map(CompletableFuture::join));
        all.whenComplete((value, thrown) -> {
            if (all.isCancelled()) {
                waits.forEach(w -> w.cancel(false));
            }
        });
        return all;
    }

    /** A wait for a task not in hand, the {@code index}-th of {@code count} started together. */
    private CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(
            CreationTaskId id, AwaitOptions options, int index, int count) {
        if (!elements.provider().supports(Capability.TASK_QUERY)) {
            return CompletableFuture.supplyAsync(() -> elements.await(id, options), executor());
        }
        Option<IdempotencyKey> draft = elements.awaitedDraft(id);
        if (draft.isDefined()) {
            return awaitDraft(draft.get(), Outcomes.noCallbackYet(draft.get()), options);
        }
        return startWait(id, Option.none(), Option.none(), options, index, count);
    }

    /**
     * Waits for the callback naming a draft whose create ended {@code CreationUnknown}, then for its task, within
     * the wait's deadline: {@link ElementsImpl#draftTarget}.
     */
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> awaitDraft(
            IdempotencyKey key, ElementsError unknown, AwaitOptions options) {
        return watched(
                CreationTaskId.of(key.value()),
                () -> waiter().await(
                                key,
                                Option.none(),
                                elements.draftTarget(key, unknown),
                                elements.draftWaitOptions(options),
                                0,
                                1));
    }

    @Override
    public CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> createAll(
            Seq<ElementDraft> drafts, BulkOptions options) {
        waiter();
        return new BulkRun(elements, this, drafts, options).start();
    }

    /**
     * Where a bulk run sends its creates: the user's executor when one was given (its bound is the user's choice),
     * otherwise a pool of its own growing to {@code threads}, so the run's concurrency is not capped by the default
     * executor's {@value AsyncSetup#DEFAULT_THREADS} threads. The caller shuts an owned pool down when done.
     */
    synchronized Option<ExecutorService> bulkPool(int threads) {
        waiter();
        return setup.executor().isDefined() ? Option.none() : Option.some(AsyncSetup.pool("elements4j-bulk-", threads));
    }

    /** Waits for a task already in hand, as the create answered it (a synchronous vendor's is already done). */
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> awaitStarted(
            CreationTask started, IdempotencyKey key, AwaitOptions options) {
        return startWait(
                started.id(), Option.some(started), started.idempotencyKey().orElse(Option.some(key)), options, 0, 1);
    }

    /** Runs a blocking call on the executor. */
    <T> CompletableFuture<T> call(Supplier<T> call) {
        return run(call);
    }

    /** The scheduler the waits run on, started if it was not yet. */
    synchronized Scheduler scheduler() {
        waiter();
        return scheduler;
    }

    @Override
    public CompletableFuture<Either<ElementsError, Option<Element>>> find(ElementId id) {
        return run(() -> elements.find(id));
    }

    @Override
    public CompletableFuture<Either<ElementsError, Page<Element>>> list(ElementFilter filter, PageRequest page) {
        return run(() -> elements.list(filter, page));
    }

    @Override
    public CompletableFuture<Either<ElementsError, Page<Element>>> presets(PageRequest page) {
        return run(() -> elements.presets(page));
    }

    @Override
    public CompletableFuture<Either<ElementsError, Seq<Tag>>> tags() {
        return run(elements::tags);
    }

    @Override
    public CompletableFuture<Either<ElementsError, Seq<Voice>>> voices() {
        return run(elements::voices);
    }

    @Override
    public CompletableFuture<Either<ElementsError, Deletion>> delete(ElementId id) {
        return run(() -> elements.delete(id));
    }

    @Override
    public synchronized int pendingWaits() {
        return waiter == null ? 0 : waiter.pending();
    }

    /** Stops the scheduler (pending waits stop polling) and shuts down the default executor. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scheduler != null) {
            scheduler.close();
        }
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    private <T> CompletableFuture<T> run(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor());
    }

    /** Starts a wait for a task on the scheduler. */
    private CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> startWait(
            CreationTaskId id,
            Option<CreationTask> known,
            Option<IdempotencyKey> key,
            AwaitOptions options,
            int index,
            int count) {
        return watched(
                id,
                () -> waiter().await(
                                id, known, elements.taskTarget(key), elements.waitOptions(id, options), index, count));
    }

    /** Starts a wait, telling the listener when it starts and how it ends (cancelled included). */
    private CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> watched(
            CreationTaskId id, Supplier<CompletableFuture<Either<ElementsError, Awaited<CreationTask>>>> start) {
        Instant started = elements.clock().instant();
        elements.listener().waitStarted(new WaitStarted(elements.provider().id(), id.value()));
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait = start.get();
        wait.whenComplete((value, thrown) -> {
            if (value != null) {
                elements.waitEnded(id, value, started);
            } else {
                elements.listener()
                        .waitEnded(new WaitEnded(
                                elements.provider().id(),
                                id.value(),
                                wait.isCancelled()
                                        ? WaitEnded.CANCELLED
                                        : thrown.getClass().getSimpleName(),
                                Duration.between(started, elements.clock().instant())));
            }
        });
        return wait;
    }

    /** Completes {@code outer} with {@code inner}'s result; cancelling {@code outer} cancels {@code inner}. */
    private static <T> void link(CompletableFuture<T> inner, CompletableFuture<T> outer) {
        outer.whenComplete((value, thrown) -> {
            if (outer.isCancelled()) {
                inner.cancel(false);
            }
        });
        inner.whenComplete((value, thrown) -> {
            if (thrown != null) {
                outer.completeExceptionally(thrown);
            } else {
                outer.complete(value);
            }
        });
    }
}
