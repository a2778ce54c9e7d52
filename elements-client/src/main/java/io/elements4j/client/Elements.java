package io.elements4j.client;

import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.callback.TaskUpdates;
import io.elements4j.client.internal.DraftValidation;
import io.elements4j.client.paging.Paginator;
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
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.observe.RawResponse;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * The one object host apps use. It checks every draft against the provider's capabilities and rules before
 * anything is sent (an invalid draft sends zero requests), answers an operation the provider lacks with
 * {@code Unsupported} without calling it, waits for tasks, and iterates listings lazily. Every answer is a value:
 * {@code Left} with an {@link ElementsError} saying what went wrong, never an exception from the vendor's side.
 *
 * <pre>{@code
 * try (Elements elements = Elements.fromClasspath()) {
 *     ElementDraft draft = ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
 *             .extras(MediaSource.url("https://example.com/side.jpg"))
 *             .description("Red-haired courier").tag(TagKind.CHARACTER).build();
 *     elements.createAndAwait(draft).fold(...);
 * }
 * }</pre>
 *
 * <p>Get one from {@link #builder()} or {@link #fromClasspath()}; it is thread-safe, and {@link #async()} is a view
 * of the same client whose calls answer futures.
 */
public interface Elements extends AutoCloseable {

    /** How often a wait for a task created with a callback URL polls by default, in case the callback is lost. */
    Duration DEFAULT_SAFETY_NET = Duration.ofSeconds(60);

    /**
     * The provider chosen by {@code elements.provider} / {@code ELEMENTS_PROVIDER}, or the only one on the class
     * path, configured from system properties and the environment: {@code builder().build()}.
     *
     * @return a facade ready to use; close it when done
     * @throws ProviderSelectionException when no provider, several or an unknown one is found
     * @throws io.elements4j.ports.spi.ProviderConfigurationException when a credential or value is missing
     */
    static Elements fromClasspath() {
        return builder().build();
    }

    /**
     * A builder for a facade: which provider, its configuration, time sources, listeners and threads.
     *
     * @return a builder with every setting at its default
     */
    static ElementsBuilder builder() {
        return new ElementsBuilder();
    }

    /**
     * Checks a draft as {@link #validate(ElementDraft)} does, before any facade exists: against a provider's
     * capabilities and rules, every violation at once. A command line refuses a draft this way before it starts
     * anything.
     *
     * @param metadata                 the provider
     * @param draft                    the element to create
     * @param loopbackCallbacksAllowed whether a callback URL on this machine is exempt from the vendor's host rules,
     *                                 as with {@code allow-loopback-callbacks} (a sandbox's configuration)
     * @return the draft, or why the provider would refuse it
     */
    static Either<ElementsError, ElementDraft> validate(
            ProviderMetadata metadata, ElementDraft draft, boolean loopbackCallbacksAllowed) {
        return DraftValidation.validate(metadata, draft, loopbackCallbacksAllowed);
    }

    /**
     * What the provider is and can do: its id, name, capabilities and rules.
     *
     * @return the chosen provider's metadata
     */
    ProviderMetadata provider();

    /**
     * Checks a draft against the provider's capabilities and rules, reporting every violation at once; nothing is
     * sent.
     *
     * @param draft the element to create
     * @return the draft, or {@code InvalidRequest} listing every violation ({@code Unsupported} for a kind of
     *         element the provider cannot create)
     */
    Either<ElementsError, ElementDraft> validate(ElementDraft draft);

    /**
     * Hands the facade a callback a vendor sent to a task's callback URL: verified where the vendor signs and a
     * secret is configured ({@code callback-secret}), read into the task it describes, and delivered to every wait
     * for that task, which then ends without another poll. Duplicated and out-of-order callbacks are harmless: a
     * task's state only moves forward, and a terminal state is never undone. Call it from whatever receives the
     * request — {@code CallbackServer}, the Spring Boot starter's endpoint, or your own — and answer the vendor 2xx
     * when it is {@code Right} (the vendor retries otherwise). Hand it the URL the request arrived at (at least its
     * path and query): a draft's callback URL names the draft ({@code elements4j-draft}), which is how a create whose
     * answer was lost is found; a URL naming another draft than the body's own key is refused. A body larger than
     * {@code callback-max-bytes} (1 MiB) is refused before it is read.
     *
     * <pre>{@code
     * Either<ElementsError, CreationTask> task = elements.receiveCallback(
     *         IncomingCallback.of(request.pathAndQuery(), request.headers(), request.body()));
     * }</pre>
     *
     * @param callback the request as it arrived
     * @return the task's state as now known; {@code Unauthorized} for a signature refused, {@code ProviderFailure}
     *         for a body that is not the vendor's (or a URL naming another draft), {@code InvalidRequest} for a body
     *         over the limit, {@code Unsupported} for a vendor that does not call back
     */
    Either<ElementsError, CreationTask> receiveCallback(IncomingCallback callback);

    /**
     * How {@link #receiveCallback} judges who sent a callback, as configured: signatures checked with
     * {@code callback-secret}; unsigned callbacks of a signing vendor accepted by the explicit
     * {@code accept-unsigned-callbacks=true} choice, or refused without it; a vendor that does not sign; or no
     * callbacks at all. The start-up log states it (a warning for the unverified choice), and so does the Spring Boot
     * starter's health indicator.
     *
     * @return the verification in force
     */
    CallbackVerification callbackVerification();

    /**
     * What the callbacks received so far said, and which waits listen: for diagnostics and tests.
     *
     * @return a live, read-only view of the pushed task states
     */
    TaskUpdates taskUpdates();

    /**
     * Validates, then submits: the task the vendor started (already succeeded on synchronous vendors).
     *
     * <p>When the vendor may have accepted the create but the provider could not find out (the answer was lost and
     * the vendor offers no lookup, or the lookup failed too), the answer is {@link ElementsError.CreationUnknown},
     * carrying the draft's idempotency key and any candidate elements: look before sending the draft again.
     *
     * <p>A draft's callback URL is sent as the draft's own: with its key added as the query parameter
     * {@code elements4j-draft} ({@link io.elements4j.ports.callback.DraftKeys}), so its callback names it.
     *
     * @param draft the element to create
     * @return the started task, or why it was not started (or may have been)
     */
    Either<ElementsError, CreationTask> submit(ElementDraft draft);

    /**
     * Reads a task's current state once, without waiting.
     *
     * @param id the task, as {@link #submit} answered it
     * @return the task as the vendor reports it now; {@code Unsupported} when the vendor cannot be asked
     */
    Either<ElementsError, CreationTask> task(CreationTaskId id);

    /**
     * What an earlier create of {@code draft} made, asked of the vendor the way its adapter knows (Kling by the
     * draft's key, useapi in its listing): for a caller that cannot know whether that create was sent, such as a
     * bulk run resumed after a crash.
     *
     * @param draft the draft, with the idempotency key it was sent with
     * @param since when the earlier create may first have been sent
     * @return the task; none when the vendor shows nothing was made; {@code CreationUnknown} when it cannot tell;
     *         {@code Unsupported} when the vendor cannot be asked
     */
    Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since);

    /**
     * {@link #createAndAwait(ElementDraft, AwaitOptions)} with the facade's default waits ({@code poll-delay} and
     * {@code await-timeout} from the configuration, or {@link AwaitOptions#DEFAULT}).
     *
     * @param draft the element to create
     * @return the finished task, or why not
     */
    Either<ElementsError, Awaited<CreationTask>> createAndAwait(ElementDraft draft);

    /**
     * Submits, then waits until the task succeeds ({@code Right}) or fails ({@code TaskFailed}). Once the task
     * exists every error carries its id: a wait that ends without a definite answer is
     * {@link ElementsError.TaskStateUnknown}, to {@link #await} again later; a create whose outcome is unknown is
     * {@link ElementsError.CreationUnknown}.
     *
     * <p>A create whose outcome is unknown, of a draft with a callback URL on a provider that calls back this facade,
     * is not answered at once: the callback names the draft, so the wait takes it — and then its task — within the
     * same deadline; only when none comes in that time is the answer {@code CreationUnknown}, saying so.
     *
     * @param draft   the element to create
     * @param options how long and how often to wait
     * @return the finished task with the polls and time it took, or why not
     */
    Either<ElementsError, Awaited<CreationTask>> createAndAwait(ElementDraft draft, AwaitOptions options);

    /**
     * {@link #await(CreationTaskId, AwaitOptions)} with the facade's default waits.
     *
     * @param id the task
     * @return the finished task, or why not
     */
    Either<ElementsError, Awaited<CreationTask>> await(CreationTaskId id);

    /**
     * Polls a task until it succeeds, fails or the wait ends, on the calling thread; a callback for the task ends
     * the wait at once. Given the key of a draft whose create this facade left {@code CreationUnknown} (or whose
     * callback it received), {@code CreationTaskId.of(key)} waits for the callback naming that draft, then its task. What each failed poll means is decided once, for every wait: only a definite answer ends it
     * as a failure, and an id the vendor never knew ends with the vendor's {@code NotFound}.
     *
     * @param id      the task
     * @param options how long and how often to wait
     * @return the finished task; {@code TaskFailed}; {@code TaskStateUnknown} (await it again later); or
     *         {@code Unsupported} for a vendor whose tasks cannot be read
     */
    Either<ElementsError, Awaited<CreationTask>> await(CreationTaskId id, AwaitOptions options);

    /**
     * Waits for many tasks at once on the calling thread (no thread per task); the first polls are spread over the
     * first backoff interval, and the answers are in the order of {@code ids}, each its own success, failure or
     * timeout.
     *
     * @param ids     the tasks
     * @param options how long and how often to wait, for each
     * @return one answer per task, in the order of {@code ids}
     */
    Seq<Either<ElementsError, Awaited<CreationTask>>> awaitAll(Seq<CreationTaskId> ids, AwaitOptions options);

    /**
     * {@link #createAll(Seq, BulkOptions)} with the {@link BulkOptions#defaults() default options}.
     *
     * @param drafts what to create, each with its own idempotency key
     * @return one answer per draft, in the order of {@code drafts}
     */
    Seq<Either<ElementsError, Awaited<CreationTask>>> createAll(Seq<ElementDraft> drafts);

    /**
     * Creates many elements at the vendor's pace and waits for each: as many drafts in flight as the vendor takes,
     * found by additive increase and multiplicative decrease on its rate limits (429, Kling's 1302 / 1303, and
     * their {@code Retry-After}); a draft turned away as rate-limited is sent again later. Each answer is what
     * {@link #createAndAwait} would answer for that draft, in the order of {@code drafts}. Progress goes to
     * {@link BulkOptions#listener()}.
     *
     * <p>With {@link BulkOptions#withJournal a journal} the run can be resumed after a crash by running it again over
     * the same drafts: a draft the journal shows finished is not sent again, one accepted is awaited again, and one
     * that was being sent is looked for at the vendor first (Kling by its key, useapi in its listing by name) or,
     * where the vendor cannot be asked, answered {@link ElementsError.CreationUnknown} rather than sent twice.
     * That needs drafts whose {@link io.elements4j.domain.draft.IdempotencyKey keys} are the same on every run: set
     * them ({@code draft.toBuilder().idempotencyKey(IdempotencyKey.of("hero-042")).build()}).
     *
     * <p>Blocks the calling thread until every draft has its answer; the work runs on the async view
     * ({@link AsyncElements#createAll}), so the waits follow its scheduler.
     *
     * @param drafts  what to create, each with its own idempotency key
     * @param options concurrency, waits, journal and progress listener
     * @return one answer per draft, in the order of {@code drafts}
     * @throws IllegalArgumentException when two drafts share an idempotency key
     * @throws RuntimeException what the journal threw when a write failed (the run stopped there)
     */
    Seq<Either<ElementsError, Awaited<CreationTask>>> createAll(Seq<ElementDraft> drafts, BulkOptions options);

    /**
     * The same operations, each answering a {@link java.util.concurrent.CompletableFuture} at once; waits poll on
     * one shared scheduler, with no thread blocked per wait. Closed with this {@code Elements}.
     *
     * @return the asynchronous view of this facade
     */
    AsyncElements async();

    /**
     * The last vendor answer that made a call fail, for a support ticket: status, headers (any that may carry a
     * credential masked) and the body, redacted and cut to {@value RawResponse#MAX_BODY_CHARS} characters. Kept
     * for every failed call with a response, on any thread; {@link RawResponse#describe()} prints it.
     *
     * @return the last failed response, or none when no call has failed with a response
     */
    Option<RawResponse> lastFailedResponse();

    /**
     * Looks an element up by id.
     *
     * @param id the element
     * @return the element, or none when the vendor has no such element
     */
    Either<ElementsError, Option<Element>> find(ElementId id);

    /**
     * One page of the account's elements.
     *
     * @param filter which elements (a tag, deleted ones too)
     * @param page   which page, and how many elements on it
     * @return the page, with the request for the next one when there is more
     */
    Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page);

    /**
     * Every active element of the account, fetched page by page as iteration reaches it. Failures are values here
     * too: a provider without {@code LIST} answers {@code Unsupported} from {@link Paginator#forEach} and
     * {@link Paginator#all}, before any request.
     *
     * @return the listing
     */
    Paginator<Element> listAll();

    /**
     * Every element the filter admits, fetched page by page. A filter the vendor cannot apply itself is applied on
     * the client, page by page; the listing still goes on until the vendor has no more, however many pages come
     * back empty.
     *
     * @param filter which elements (a tag, deleted ones too)
     * @return the listing
     */
    Paginator<Element> listAll(ElementFilter filter);

    /**
     * One page of the vendor's preset elements (those it offers every account).
     *
     * @param page which page, and how many elements on it
     * @return the page, with the request for the next one when there is more
     */
    Either<ElementsError, Page<Element>> presets(PageRequest page);

    /**
     * Every preset element, fetched page by page as iteration reaches it.
     *
     * @return the listing
     */
    Paginator<Element> allPresets();

    /**
     * The vendor's tag catalogue: the tags a draft may carry.
     *
     * @return the tags, or {@code Unsupported} for a vendor without a catalogue
     */
    Either<ElementsError, Seq<Tag>> tags();

    /**
     * The vendor's voice catalogue: the voices that can be bound to an element.
     *
     * @return the voices, or {@code Unsupported} for a vendor without a catalogue
     */
    Either<ElementsError, Seq<Voice>> voices();

    /**
     * Deletes an element; deleting one that is already gone succeeds with {@code ALREADY_ABSENT}.
     *
     * @param id the element
     * @return whether it was deleted now or was already gone
     */
    Either<ElementsError, Deletion> delete(ElementId id);

    /** Closes the client, and the async view's scheduler and executor (an executor the user gave is left open). */
    @Override
    void close();
}
