package io.elements4j.client;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.capability.Capability;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.elements4j.ports.time.Scheduler;
import io.elements4j.client.waiter.AsyncWaiter;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
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
 * {@link Elements}' operations, each answering a {@link CompletableFuture} at once, so a host app never parks a
 * request thread for the minutes an element takes. Get it with {@link Elements#async()}.
 *
 * <p>Calls run on the facade's executor ({@link Elements.Builder#asyncExecutor}; by default a bounded pool of daemon
 * threads). Waits keep no thread: one {@link Scheduler} holds when each task is next polled, each poll runs on the
 * executor, and a wait's future completes when its task ends — so a thousand pending waits use the scheduler's
 * thread and the executor's, no more. A wait means exactly what a blocking one does: success, {@code TaskFailed},
 * {@code TaskStateUnknown} (with the task id) or, from {@link #createAndAwait}, {@code CreationUnknown}.
 *
 * <p>Cancelling a wait's future stops its polling. The futures complete with values ({@code Either}), never
 * exceptionally, except when cancelled or when a provider breaks its contract by throwing.
 *
 * <pre>{@code
 * elements.async().createAndAwait(draft)
 *         .thenAccept(result -> result.fold(error -> ..., done -> ...));
 * }</pre>
 */
public final class AsyncElements implements AutoCloseable {

    private final Elements elements;
    private final AsyncSetup setup;
    private Executor executor;
    private ExecutorService owned;
    private Scheduler scheduler;
    private AsyncWaiter waiter;
    private boolean closed;

    AsyncElements(Elements elements, AsyncSetup setup) {
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

    /**
     * {@link Elements#submit}, asynchronously.
     *
     * @param draft what to create
     * @return the started task, or why not
     */
    public CompletableFuture<Either<ElementsError, CreationTask>> submit(ElementDraft draft) {
        return run(() -> elements.submit(draft));
    }

    /**
     * {@link Elements#task}, asynchronously.
     *
     * @param id the task
     * @return its current state, or why not
     */
    public CompletableFuture<Either<ElementsError, CreationTask>> task(CreationTaskId id) {
        return run(() -> elements.task(id));
    }

    /**
     * {@link Elements#createAndAwait(ElementDraft)}, asynchronously, with the default await options.
     *
     * @param draft what to create
     * @return the finished task, or why not
     */
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> createAndAwait(ElementDraft draft) {
        return createAndAwait(draft, elements.awaitDefaults());
    }

    /**
     * Submits, then waits on the scheduler without a blocked thread. Cancelling the future before the task was
     * submitted stops the wait from starting; after, it stops the polling (the task itself is not cancelled at the
     * vendor).
     *
     * @param draft   what to create
     * @param options backoff, timeout and attempt limit of the wait
     * @return the finished task, or why not
     */
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> createAndAwait(ElementDraft draft,
                                                                                          AwaitOptions options) {
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> result = new CompletableFuture<>();
        CompletableFuture<Either<ElementsError, CreationTask>> submitted = submit(draft);
        result.whenComplete((value, thrown) -> submitted.cancel(false));
        submitted.whenComplete((task, thrown) -> {
            if (thrown != null) {
                result.completeExceptionally(thrown);
            } else if (task.isLeft()) {
                result.complete(Either.left(task.getLeft()));
            } else if (!result.isDone()) {
                CreationTask started = task.get();
                CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait = startWait(started.id(),
                        Option.some(started), started.idempotencyKey().orElse(Option.some(draft.idempotencyKey())),
                        options);
                link(wait, result);
            }
        });
        return result;
    }

    /**
     * {@link Elements#await(CreationTaskId)}, asynchronously, with the default await options.
     *
     * @param id the task
     * @return the finished task, or why not
     */
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(CreationTaskId id) {
        return await(id, elements.awaitDefaults());
    }

    /**
     * Polls a task on the scheduler until it succeeds, fails or the wait ends; cancelling the future stops the polls.
     *
     * @param id      the task
     * @param options backoff, timeout and attempt limit
     * @return the finished task, or why not
     */
    public CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(CreationTaskId id,
                                                                                 AwaitOptions options) {
        if (!elements.provider().supports(Capability.TASK_QUERY)) {
            return CompletableFuture.supplyAsync(() -> elements.await(id, options), executor());
        }
        return startWait(id, Option.none(), Option.none(), options);
    }

    /**
     * Waits for many tasks at once, each on the one scheduler; the answers are in the order of {@code ids}.
     * Cancelling the returned future cancels every wait.
     *
     * @param ids     the tasks
     * @param options backoff, timeout and attempt limit, for each
     * @return one answer per task
     */
    public CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> awaitAll(Seq<CreationTaskId> ids,
                                                                                        AwaitOptions options) {
        Array<CreationTaskId> all0 = Array.ofAll(ids);
        int count = all0.size();
        Duration window = options.backoff().initial();
        // The first polls are spread evenly over the first backoff interval instead of all going out at once.
        Seq<CompletableFuture<Either<ElementsError, Awaited<CreationTask>>>> waits = all0.zipWithIndex()
                .map(t -> t._2 == 0 ? await(t._1, options)
                        : later(window.multipliedBy(t._2).dividedBy(count), () -> await(t._1, options)));
        CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all =
                CompletableFuture.allOf(waits.toJavaList().toArray(new CompletableFuture<?>[0]))
                        .thenApply(ignored -> waits.map(CompletableFuture::join));
        all.whenComplete((value, thrown) -> {
            if (all.isCancelled()) {
                waits.forEach(w -> w.cancel(false));
            }
        });
        return all;
    }

    /**
     * {@link Elements#createAll(Seq, BulkOptions)}, asynchronously: the drafts are sent on the executor as the
     * adaptive limit allows and awaited on the scheduler, with no thread blocked per draft. The future completes
     * with one answer per draft, in the order of {@code drafts}, or exceptionally when the journal cannot be
     * written (the run stops there, as after a crash, and a run over the same journal resumes it).
     *
     * @param drafts  what to create, each with its own idempotency key
     * @param options concurrency, waits, journal and progress listener
     * @return one answer per draft
     * @throws IllegalArgumentException when two drafts share an idempotency key
     */
    public CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> createAll(Seq<ElementDraft> drafts,
                                                                                        BulkOptions options) {
        waiter();
        return new BulkRun(elements, this, drafts, options).start();
    }

    /** Starts {@code start} after {@code delay} on the scheduler; cancelling the answer cancels either stage. */
    private <T> CompletableFuture<T> later(Duration delay, Supplier<CompletableFuture<T>> start) {
        CompletableFuture<T> out = new CompletableFuture<>();
        Scheduler.Scheduled scheduled = scheduler().schedule(delay, () -> {
            if (out.isDone()) {
                return;
            }
            CompletableFuture<T> inner = start.get();
            inner.whenComplete((value, thrown) -> {
                if (thrown != null) {
                    out.completeExceptionally(thrown);
                } else {
                    out.complete(value);
                }
            });
            out.whenComplete((value, thrown) -> {
                if (out.isCancelled()) {
                    inner.cancel(false);
                }
            });
        });
        out.whenComplete((value, thrown) -> {
            if (out.isCancelled()) {
                scheduled.cancel();
            }
        });
        return out;
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
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> awaitStarted(CreationTask started,
            io.elements4j.domain.draft.IdempotencyKey key, AwaitOptions options) {
        return startWait(started.id(), Option.some(started), started.idempotencyKey().orElse(Option.some(key)), options);
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

    /**
     * {@link Elements#find}, asynchronously.
     *
     * @param id the element
     * @return the element if it exists, or why not known
     */
    public CompletableFuture<Either<ElementsError, Option<Element>>> find(ElementId id) {
        return run(() -> elements.find(id));
    }

    /**
     * {@link Elements#list}, asynchronously: one page.
     *
     * @param filter which elements
     * @param page   which page
     * @return the page, or why not
     */
    public CompletableFuture<Either<ElementsError, Page<Element>>> list(ElementFilter filter, PageRequest page) {
        return run(() -> elements.list(filter, page));
    }

    /**
     * {@link Elements#presets}, asynchronously: one page.
     *
     * @param page which page
     * @return the page, or why not
     */
    public CompletableFuture<Either<ElementsError, Page<Element>>> presets(PageRequest page) {
        return run(() -> elements.presets(page));
    }

    /**
     * {@link Elements#tags}, asynchronously.
     *
     * @return the vendor's tag catalogue, or why not
     */
    public CompletableFuture<Either<ElementsError, Seq<Tag>>> tags() {
        return run(elements::tags);
    }

    /**
     * {@link Elements#voices}, asynchronously.
     *
     * @return the vendor's voice catalogue, or why not
     */
    public CompletableFuture<Either<ElementsError, Seq<Voice>>> voices() {
        return run(elements::voices);
    }

    /**
     * {@link Elements#delete}, asynchronously.
     *
     * @param id the element
     * @return how the deletion went, or why not
     */
    public CompletableFuture<Either<ElementsError, Deletion>> delete(ElementId id) {
        return run(() -> elements.delete(id));
    }

    /**
     * How many asynchronous waits have not ended yet.
     *
     * @return the number of pending waits (0 before the first async call)
     */
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

    private CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> startWait(
            CreationTaskId id, Option<CreationTask> known,
            Option<io.elements4j.domain.draft.IdempotencyKey> key, AwaitOptions options) {
        Instant started = elements.clock().instant();
        elements.listener().waitStarted(new WaitStarted(elements.provider().id(), id.value()));
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait =
                waiter().await(id, known, elements.taskTarget(key), elements.waitOptions(id, options));
        wait.whenComplete((value, thrown) -> {
            if (value != null) {
                elements.waitEnded(id, value, started);
            } else {
                elements.listener().waitEnded(new WaitEnded(elements.provider().id(), id.value(),
                        wait.isCancelled() ? WaitEnded.CANCELLED : thrown.getClass().getSimpleName(),
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
