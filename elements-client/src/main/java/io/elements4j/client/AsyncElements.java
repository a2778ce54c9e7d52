package io.elements4j.client;

import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
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
import io.elements4j.ports.time.Scheduler;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Elements}' operations, each answering a {@link CompletableFuture} at once, so a host app never parks a
 * request thread for the minutes an element takes. Get it with {@link Elements#async()}: a view of the same client,
 * closed with it.
 *
 * <p>Calls run on the facade's executor ({@link ElementsBuilder#asyncExecutor}; by default a bounded pool of daemon
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
public interface AsyncElements extends AutoCloseable {

    /**
     * {@link Elements#submit}, asynchronously.
     *
     * @param draft what to create
     * @return the started task, or why not
     */
    CompletableFuture<Either<ElementsError, CreationTask>> submit(ElementDraft draft);

    /**
     * {@link Elements#task}, asynchronously.
     *
     * @param id the task
     * @return its current state, or why not
     */
    CompletableFuture<Either<ElementsError, CreationTask>> task(CreationTaskId id);

    /**
     * {@link Elements#createAndAwait(ElementDraft)}, asynchronously, with the default await options.
     *
     * @param draft what to create
     * @return the finished task, or why not
     */
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> createAndAwait(ElementDraft draft);

    /**
     * Submits, then waits on the scheduler without a blocked thread. Cancelling the future before the task was
     * submitted stops the wait from starting; after, it stops the polling (the task itself is not cancelled at the
     * vendor).
     *
     * @param draft   what to create
     * @param options backoff, timeout and attempt limit of the wait
     * @return the finished task, or why not
     */
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> createAndAwait(
            ElementDraft draft, AwaitOptions options);

    /**
     * {@link Elements#await(CreationTaskId)}, asynchronously, with the default await options.
     *
     * @param id the task
     * @return the finished task, or why not
     */
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(CreationTaskId id);

    /**
     * Polls a task on the scheduler until it succeeds, fails or the wait ends; cancelling the future stops the polls.
     *
     * @param id      the task
     * @param options backoff, timeout and attempt limit
     * @return the finished task, or why not
     */
    CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> await(CreationTaskId id, AwaitOptions options);

    /**
     * Waits for many tasks at once, each on the one scheduler, as {@link Elements#awaitAll} does: each its own
     * attempts and timeout counted from this call, the first polls spread over the first backoff interval. The
     * answers are in the order of {@code ids}; cancelling the returned future cancels every wait.
     *
     * @param ids     the tasks
     * @param options backoff, timeout and attempt limit, for each
     * @return one answer per task
     */
    CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> awaitAll(
            Seq<CreationTaskId> ids, AwaitOptions options);

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
    CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> createAll(
            Seq<ElementDraft> drafts, BulkOptions options);

    /**
     * {@link Elements#find}, asynchronously.
     *
     * @param id the element
     * @return the element if it exists, or why not known
     */
    CompletableFuture<Either<ElementsError, Option<Element>>> find(ElementId id);

    /**
     * {@link Elements#list}, asynchronously: one page.
     *
     * @param filter which elements
     * @param page   which page
     * @return the page, or why not
     */
    CompletableFuture<Either<ElementsError, Page<Element>>> list(ElementFilter filter, PageRequest page);

    /**
     * {@link Elements#presets}, asynchronously: one page.
     *
     * @param page which page
     * @return the page, or why not
     */
    CompletableFuture<Either<ElementsError, Page<Element>>> presets(PageRequest page);

    /**
     * {@link Elements#tags}, asynchronously.
     *
     * @return the vendor's tag catalogue, or why not
     */
    CompletableFuture<Either<ElementsError, Seq<Tag>>> tags();

    /**
     * {@link Elements#voices}, asynchronously.
     *
     * @return the vendor's voice catalogue, or why not
     */
    CompletableFuture<Either<ElementsError, Seq<Voice>>> voices();

    /**
     * {@link Elements#delete}, asynchronously.
     *
     * @param id the element
     * @return how the deletion went, or why not
     */
    CompletableFuture<Either<ElementsError, Deletion>> delete(ElementId id);

    /**
     * How many asynchronous waits have not ended yet.
     *
     * @return the number of pending waits (0 before the first async call)
     */
    int pendingWaits();

    /** Stops the scheduler (pending waits stop polling) and shuts down the default executor. Idempotent. */
    @Override
    void close();
}
