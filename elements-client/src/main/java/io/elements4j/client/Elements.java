package io.elements4j.client;

import io.elements4j.ports.time.Durations;
import io.elements4j.client.waiter.Waiter;

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
import io.elements4j.domain.rules.ReferenceRules;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.callback.LoopbackUrls;
import io.elements4j.client.callback.TaskUpdates;
import io.elements4j.client.config.ConfigResolver;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.OperationScope;
import io.elements4j.ports.observe.RawResponse;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.elements4j.client.paging.Paginator;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Deadline;
import io.elements4j.ports.time.Scheduler;
import io.elements4j.ports.time.Sleeper;
import io.elements4j.client.waiter.Acceptance;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.ports.time.Backoff;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The one object host apps use. It checks every draft against the provider's capabilities and rules before
 * anything is sent (an invalid draft sends zero requests), answers an operation the provider lacks with
 * {@code Unsupported} without calling it, waits for tasks, and iterates listings lazily.
 *
 * <pre>{@code
 * try (Elements elements = Elements.fromClasspath()) {
 *     ElementDraft draft = ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
 *             .extras(MediaSource.url("https://example.com/side.jpg"))
 *             .description("Red-haired courier").tag(TagKind.CHARACTER).build();
 *     elements.createAndAwait(draft).fold(...);
 * }
 * }</pre>
 */
public final class Elements implements AutoCloseable {

    /** How often a wait for a task created with a callback URL polls by default, in case the callback is lost. */
    public static final Duration DEFAULT_SAFETY_NET = Duration.ofSeconds(60);

    private final ProviderMetadata metadata;
    private final VendorClient client;
    private final Waiter waiter;
    private final AwaitOptions awaitDefaults;
    private final int defaultPageSize;
    private final Duration callTimeout;
    private final Clock clock;
    private final ElementsListener listener;
    private final LastFailedResponse lastFailed;
    private final AsyncElements async;
    private final TaskUpdates updates = new TaskUpdates();
    private final Duration safetyNet;
    private final boolean receivesCallbacks;
    private final boolean loopbackCallbacks;

    private Elements(ProviderMetadata metadata, VendorClient client, Waiter waiter, AwaitOptions awaitDefaults,
                     int defaultPageSize, Duration callTimeout, Clock clock, ElementsListener listener,
                     LastFailedResponse lastFailed, AsyncSetup asyncSetup, Duration safetyNet,
                     boolean loopbackCallbacks, boolean receivesCallbacks) {
        this.metadata = metadata;
        this.client = client;
        this.waiter = waiter;
        this.awaitDefaults = awaitDefaults;
        this.defaultPageSize = defaultPageSize;
        this.callTimeout = callTimeout;
        this.clock = clock;
        this.listener = listener;
        this.lastFailed = lastFailed;
        this.async = new AsyncElements(this, asyncSetup);
        this.safetyNet = safetyNet;
        this.receivesCallbacks = receivesCallbacks;
        this.loopbackCallbacks = loopbackCallbacks;
    }

    /**
     * The provider chosen by {@code elements.provider} / {@code ELEMENTS_PROVIDER}, or the only one on the class
     * path, configured from system properties and the environment.
     *
     * @return the provider chosen by {@code elements.provider} / {@code ELEMENTS_PROVIDER}, or the only one on the class path, configured from system properties and the environment
     */
    public static Elements fromClasspath() {
        return builder().build();
    }

    /**
     * A builder for a new elements.
     *
     * @return A builder for a new elements
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What the provider is and can do.
     *
     * @return what the provider is and can do
     */
    public ProviderMetadata provider() {
        return metadata;
    }

    /**
     * Checks a draft against the provider's capabilities and rules, reporting every violation at once.
     *
     * @param draft the element to create
     * @return the validate
     */
    public Either<ElementsError, ElementDraft> validate(ElementDraft draft) {
        return validate(metadata, draft, loopbackCallbacks);
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
    public static Either<ElementsError, ElementDraft> validate(ProviderMetadata metadata, ElementDraft draft,
                                                              boolean loopbackCallbacksAllowed) {
        Capability kind = switch (draft.references().kind()) {
            case IMAGE -> Capability.CREATE_IMAGE_ELEMENT;
            case VIDEO -> Capability.CREATE_VIDEO_ELEMENT;
        };
        if (!metadata.supports(kind)) {
            return Either.left(unsupported(metadata, kind));
        }
        io.vavr.control.Validation<Seq<RuleViolation>, ElementDraft> checked =
                ReferenceRules.validate(draft, metadata.ruleProfile(), metadata.capabilities());
        if (checked.isInvalid() && loopbackCallbacksAllowed && draft.callbackUrl().exists(LoopbackUrls::isLoopback)) {
            // A sandbox calls back on this machine: its loopback URL is exempt from the real vendor's host rules.
            Seq<RuleViolation> kept = checked.getError().filter(v -> !LOOPBACK_EXEMPT.contains(v.code()));
            checked = kept.isEmpty() ? io.vavr.control.Validation.valid(draft) : io.vavr.control.Validation.invalid(kept);
        }
        return ElementsError.InvalidRequest.unlessValid(checked);
    }

    private static final java.util.Set<String> LOOPBACK_EXEMPT =
            java.util.Set.of(RuleCodes.CALLBACK_NOT_HTTPS, RuleCodes.CALLBACK_PRIVATE_HOST);

    /**
     * Hands the facade a callback a vendor sent to a task's callback URL: verified where the vendor signs and a
     * secret is configured ({@code callback-secret}), read into the task it describes, and delivered to every wait
     * for that task, which then ends without another poll. Duplicated and out-of-order callbacks are harmless: a
     * task's state only moves forward, and a terminal state is never undone. Call it from whatever receives the
     * request — {@code CallbackServer}, the Spring Boot starter's endpoint, or your
     * own — and answer the vendor 2xx when it is {@code Right} (the vendor retries otherwise).
     *
     * <pre>{@code
     * Either<ElementsError, CreationTask> task =
     *         elements.receiveCallback(IncomingCallback.of(request.headers(), request.body()));
     * }</pre>
     *
     * @param callback the request as it arrived
     * @return the task's state as now known; {@code Unauthorized} for a signature refused, {@code ProviderFailure}
     *         for a body that is not the vendor's, {@code Unsupported} for a vendor that does not call back
     */
    public Either<ElementsError, CreationTask> receiveCallback(IncomingCallback callback) {
        Objects.requireNonNull(callback, "callback");
        return capable(Capability.CALLBACKS, false, () -> client.readCallback(callback)).map(updates::publish);
    }

    /**
     * What the callbacks received so far said, and which waits listen: for diagnostics and tests.
     *
     * @return the record of pushed task states
     */
    public TaskUpdates taskUpdates() {
        return updates;
    }

    /**
     * Validates, then submits: the task the vendor started (already succeeded on synchronous vendors).
     *
     * <p>When the vendor may have accepted the create but the provider could not find out (the answer was lost and
     * the vendor offers no lookup, or the lookup failed too), the answer is {@link ElementsError.CreationUnknown},
     * carrying the draft's idempotency key and any candidate elements: look before sending the draft again.
     *
     * @param draft the element to create
     * @return the submit
     */
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return validate(draft).flatMap(valid -> guarded("submit", true, () -> client.submit(valid))
                .mapLeft(error -> error instanceof ElementsError.ProviderFailure failure && failure.ambiguous()
                        ? ElementsError.CreationUnknown.of(failure, valid.idempotencyKey()) : error)
                .peek(task -> {
                    if (receivesCallbacks && valid.callbackUrl().isDefined()
                            && metadata.supports(Capability.CALLBACKS)) {
                        updates.expect(task.id());
                    }
                }));
    }

    /**
     * Task.
     *
     * @param id the id
     * @return task
     */
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return capable(Capability.TASK_QUERY, false, () -> client.task(id));
    }

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
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, java.time.Instant since) {
        return guarded("find created", false, () -> client.findCreated(draft, since));
    }

    /**
     * Submits and waits with the default {@link AwaitOptions}.
     *
     * @param draft the element to create
     * @return submits and waits with the default {@link AwaitOptions}
     */
    public Either<ElementsError, Awaited<CreationTask>> createAndAwait(ElementDraft draft) {
        return createAndAwait(draft, awaitDefaults);
    }

    /**
     * Submits, then waits until the task succeeds ({@code Right}) or fails ({@code TaskFailed}). Once the task
     * exists every error carries its id: a wait that ends without a definite answer is
     * {@link ElementsError.TaskStateUnknown}, to {@link #await} again later; a create whose outcome is unknown is
     * {@link ElementsError.CreationUnknown}.
     *
     * @param draft the element to create
     * @param options how long and how often to wait
     * @return submits, then waits until the task succeeds ({@code Right}) or fails ({@code TaskFailed})
     */
    public Either<ElementsError, Awaited<CreationTask>> createAndAwait(ElementDraft draft, AwaitOptions options) {
        return submit(draft).flatMap(task -> watched(task.id(), () -> waiter.await(task.id(), Option.some(task),
                taskTarget(task.idempotencyKey().orElse(Option.some(draft.idempotencyKey()))),
                waitOptions(task.id(), options))));
    }

    /**
     * Await.
     *
     * @param id the id
     * @return await
     */
    public Either<ElementsError, Awaited<CreationTask>> await(CreationTaskId id) {
        return await(id, awaitDefaults);
    }

    /**
     * Polls a task until it succeeds, fails or the wait times out.
     *
     * @param id the id
     * @param options how long and how often to wait
     * @return the await
     */
    public Either<ElementsError, Awaited<CreationTask>> await(CreationTaskId id, AwaitOptions options) {
        if (!metadata.supports(Capability.TASK_QUERY)) {
            return Either.left(unsupported(Capability.TASK_QUERY));
        }
        return watched(id, () -> waiter.await(id, Option.none(), taskTarget(Option.none()), waitOptions(id, options)));
    }

    /**
     * Waits for many tasks at once on the calling thread (no thread per task); the answers are in the order of
     * {@code ids}, each its own success, failure or timeout.
     *
     * @param ids the ids
     * @param options how long and how often to wait
     * @return the await all
     */
    public Seq<Either<ElementsError, Awaited<CreationTask>>> awaitAll(Seq<CreationTaskId> ids, AwaitOptions options) {
        if (!metadata.supports(Capability.TASK_QUERY)) {
            return ids.map(id -> Either.left(unsupported(Capability.TASK_QUERY)));
        }
        Instant started = clock.instant();
        ids.forEach(id -> listener.waitStarted(new WaitStarted(metadata.id(), id.value())));
        Seq<Either<ElementsError, Awaited<CreationTask>>> results =
                waiter.awaitAll(ids, id -> Option.none(), taskTarget(Option.none()),
                        !ids.isEmpty() && ids.forAll(updates::expects) ? waitOptions(ids.head(), options) : options);
        ids.zip(results).forEach(pair -> waitEnded(pair._1, pair._2, started));
        return results;
    }

    /**
     * {@link #createAll(Seq, BulkOptions)} with the {@link BulkOptions#defaults() default options}.
     *
     * @param drafts what to create, each with its own idempotency key
     * @return one answer per draft, in the order of {@code drafts}
     */
    public Seq<Either<ElementsError, Awaited<CreationTask>>> createAll(Seq<ElementDraft> drafts) {
        return createAll(drafts, BulkOptions.defaults());
    }

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
    public Seq<Either<ElementsError, Awaited<CreationTask>>> createAll(Seq<ElementDraft> drafts, BulkOptions options) {
        try {
            return async.createAll(drafts, options).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The same operations, each answering a {@link java.util.concurrent.CompletableFuture} at once; waits poll on
     * one shared scheduler, with no thread blocked per wait. Closed with this {@code Elements}.
     *
     * @return the asynchronous view of this facade
     */
    public AsyncElements async() {
        return async;
    }

    /**
     * The last vendor answer that made a call fail, for a support ticket: status, headers (any that may carry a
     * credential masked) and the body, redacted and cut to {@value RawResponse#MAX_BODY_CHARS} characters. Kept
     * for every failed call with a response, on any thread; {@link RawResponse#describe()} prints it.
     *
     * @return the last failed response, or none when no call has failed with a response
     */
    public Option<RawResponse> lastFailedResponse() {
        return lastFailed.last();
    }

    /** Runs a wait, telling the listener when it starts and ends. */
    private Either<ElementsError, Awaited<CreationTask>> watched(CreationTaskId id,
                                                               Supplier<Either<ElementsError, Awaited<CreationTask>>> wait) {
        Instant started = clock.instant();
        listener.waitStarted(new WaitStarted(metadata.id(), id.value()));
        Either<ElementsError, Awaited<CreationTask>> result = wait.get();
        waitEnded(id, result, started);
        return result;
    }

    void waitEnded(CreationTaskId id, Either<ElementsError, Awaited<CreationTask>> result, Instant started) {
        listener.waitEnded(new WaitEnded(metadata.id(), id.value(),
                result.fold(error -> error.getClass().getSimpleName(), ok -> WaitEnded.SUCCESS),
                Duration.between(started, clock.instant())));
    }

    ElementsListener listener() {
        return listener;
    }

    Clock clock() {
        return clock;
    }

    AwaitOptions awaitDefaults() {
        return awaitDefaults;
    }

    /**
     * Find.
     *
     * @param id the id
     * @return find
     */
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return capable(Capability.FIND, false, () -> client.find(id));
    }

    /**
     * List.
     *
     * @param filter the filter
     * @param page the page number, from 1
     * @return list
     */
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return capable(Capability.LIST, false, () -> client.list(filter, page));
    }

    /**
     * Every active element of the account, fetched page by page as iteration reaches it. Failures are values here
     * too: a provider without {@code LIST} answers {@code Unsupported} from {@link Paginator#forEach} and
     * {@link Paginator#all}, before any request.
     *
     * @return the listing
     */
    public Paginator<Element> listAll() {
        return listAll(ElementFilter.all());
    }

    /**
     * Every element the filter admits, fetched page by page. A filter the vendor cannot apply itself is applied on
     * the client, page by page; the listing still goes on until the vendor has no more, however many pages come
     * back empty.
     *
     * @param filter which elements (a tag, deleted ones too)
     * @return the listing
     */
    public Paginator<Element> listAll(ElementFilter filter) {
        return new Paginator<>(page -> list(filter, page), PageRequest.first(defaultPageSize));
    }

    /**
     * Presets.
     *
     * @param page the page number, from 1
     * @return presets
     */
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return capable(Capability.PRESETS, false, () -> client.presets(page));
    }

    /**
     * Every preset element, fetched page by page as iteration reaches it.
     *
     * @return every preset element, fetched page by page as iteration reaches it
     */
    public Paginator<Element> allPresets() {
        return new Paginator<>(this::presets, PageRequest.first(defaultPageSize));
    }

    /**
     * The tags.
     *
     * @return the tags
     */
    public Either<ElementsError, Seq<Tag>> tags() {
        return capable(Capability.TAG_CATALOGUE, false, client::tags);
    }

    /**
     * The voices.
     *
     * @return the voices
     */
    public Either<ElementsError, Seq<Voice>> voices() {
        return capable(Capability.VOICE_CATALOGUE, false, client::voices);
    }

    /**
     * Deletes an element; deleting one that is already gone succeeds with {@code ALREADY_ABSENT}.
     *
     * @param id the id
     * @return the delete
     */
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return capable(Capability.DELETE, false, () -> client.delete(id));
    }

    /** Closes the client, and the async view's scheduler and executor (an executor the user gave is left open). */
    @Override
    public void close() {
        try {
            async.close();
        } finally {
            client.close();
        }
    }

    Waiter.Target<CreationTaskId, CreationTask> taskTarget(Option<IdempotencyKey> key) {
        return new Waiter.Target<>("element creation task", id -> guarded("task", false, () -> client.task(id)),
                this::accept, Elements::failure, ended -> unresolved(ended, key), updates);
    }

    /**
     * The wait for a task created with a callback URL polls only as a safety net ({@code callback-safety-net}): its
     * callback is what ends it.
     */
    AwaitOptions waitOptions(CreationTaskId id, AwaitOptions options) {
        if (!updates.expects(id)) {
            return options;
        }
        return options.withBackoff(new Backoff(safetyNet, safetyNet, 1.0, options.backoff().jitter()));
    }

    /** A wait that ended without a definite answer: the task id, its last state and what to do next. */
    private static ElementsError unresolved(Waiter.Unresolved<CreationTaskId, CreationTask> ended,
                                            Option<IdempotencyKey> key) {
        Option<TaskState> last = ended.lastKnown().map(CreationTask::state);
        StringBuilder message = new StringBuilder("element creation task ").append(ended.key()).append(' ')
                .append(ended.why()).append(" (").append(ended.attempts())
                .append(ended.attempts() == 1 ? " poll, " : " polls, ").append(Durations.human(ended.elapsed()))
                .append(" elapsed").append(last.map(s -> ", last known state " + s).getOrElse(", no state read yet"))
                .append(')');
        ended.lastError().forEach(e -> message.append("; the last poll answered: ").append(e.message()));
        message.append("; the task may still finish: await it again with its id ").append(ended.key());
        return new ElementsError.TaskStateUnknown(ended.key(), last,
                ended.lastKnown().flatMap(CreationTask::idempotencyKey).orElse(key), ended.attempts(),
                message.toString(), ended.lastError().flatMap(ElementsError::requestId));
    }

    /** A success that names no element is read again: the elements are what the caller waits for. */
    private Acceptance accept(CreationTask task) {
        if (task.state() == TaskState.SUCCEEDED) {
            return task.elementIds().isEmpty() && metadata.supports(Capability.TASK_QUERY)
                    ? Acceptance.RETRY : Acceptance.SUCCESS;
        }
        return task.state().isFailure() ? Acceptance.FAILURE : Acceptance.RETRY;
    }

    private static ElementsError failure(CreationTask task) {
        String reason = task.failureReason().getOrElse(task.state() == TaskState.CANCELLED
                ? "the task was cancelled" : "the vendor gave no reason");
        return new ElementsError.TaskFailed(task.id(), "element creation task " + task.id() + " "
                + (task.state() == TaskState.CANCELLED ? "was cancelled: " : "failed: ") + reason,
                task.failureCode(), Option.none());
    }

    private <T> Either<ElementsError, T> capable(Capability capability, boolean mutating,
                                                 Supplier<Either<ElementsError, T>> call) {
        return metadata.supports(capability) ? guarded(operation(capability), mutating, call)
                : Either.left(unsupported(capability));
    }

    /** The operation's name in listener events and metrics. */
    private static String operation(Capability capability) {
        return switch (capability) {
            case TASK_QUERY -> "task";
            case TAG_CATALOGUE -> "tags";
            case VOICE_CATALOGUE -> "voices";
            default -> capability.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private ElementsError unsupported(Capability capability) {
        return unsupported(metadata, capability);
    }

    private static ElementsError unsupported(ProviderMetadata metadata, Capability capability) {
        return ElementsError.Unsupported.of(metadata.displayName() + " (" + metadata.id() + ")", capability);
    }

    /**
     * Runs one operation under its own {@code call-timeout}. A provider that throws breaks the contract; the caller
     * still gets a value, never the exception.
     */
    private <T> Either<ElementsError, T> guarded(String operation, boolean mutating,
                                                 Supplier<Either<ElementsError, T>> call) {
        try {
            return Objects.requireNonNull(OperationScope.within(operation,
                    () -> Deadline.after(callTimeout, clock).within(call)), "the provider answered null");
        } catch (RuntimeException e) {
            String message = "provider " + metadata.id() + " failed unexpectedly (" + e.getClass().getSimpleName()
                    + "): " + e.getMessage();
            // a mutating call that broke may have taken effect all the same
            return Either.left(mutating ? ElementsError.ProviderFailure.ambiguous(message, 0, Option.none(), Option.none())
                    : ElementsError.ProviderFailure.definite(message, 0, Option.none(), Option.none()));
        }
    }

    /** The default waits with {@code poll-delay} and {@code await-timeout} from the configuration, where set. */
    private static AwaitOptions configuredWaits(ProviderConfig config) {
        AwaitOptions waits = AwaitOptions.DEFAULT;
        Backoff backoff = waits.backoff();
        waits = config.duration(ConfigKey.POLL_DELAY.name())
                .map(first -> AwaitOptions.DEFAULT.withBackoff(new Backoff(first,
                        first.compareTo(backoff.max()) > 0 ? first : backoff.max(), backoff.multiplier(), backoff.jitter())))
                .getOrElse(waits);
        return config.duration(ConfigKey.AWAIT_TIMEOUT.name()).map(waits::withTimeout).getOrElse(waits);
    }

    /** Configures an {@link Elements}; every setting is optional. */
    public static final class Builder {
        private Option<String> providerId = Option.none();
        private Option<ElementsProvider> provider = Option.none();
        private Option<ProviderConfig> providerConfig = Option.none();
        private Map<String, String> explicit = Map.of();
        private Option<Properties> systemProperties = Option.none();
        private Option<Map<String, String>> env = Option.none();
        private Option<ClassLoader> classLoader = Option.none();
        private Option<Clock> clock = Option.none();
        private Option<Sleeper> sleeper = Option.none();
        private RandomGenerator random = RandomGenerator.getDefault();
        private Option<AwaitOptions> awaitDefaults = Option.none();
        private int pageSize = 50;
        private java.util.List<ElementsListener> listeners = new java.util.ArrayList<>();
        private Option<java.util.concurrent.Executor> asyncExecutor = Option.none();
        private Option<Scheduler> scheduler = Option.none();
        private boolean receivesCallbacks = true;

        private Builder() {
        }

        /**
         * Selects a provider on the class path by id ({@code kling-official}, {@code useapi}, …).
         *
         * @param id the id
         * @return selects a provider on the class path by id ({@code kling-official}, {@code useapi}, …)
         */
        public Builder provider(String id) {
            this.providerId = Option.of(id);
            return this;
        }

        /**
         * Uses this provider instance rather than looking on the class path.
         *
         * @param value the provider
         * @return uses this provider instance rather than looking on the class path
         */
        public Builder provider(ElementsProvider value) {
            this.provider = Option.of(value);
            return this;
        }

        /**
         * Configuration keys as full property names ({@code elements.useapi.api-key}); they win over all else.
         *
         * @param values the values
         * @return configuration keys as full property names ({@code elements.useapi.api-key}); they win over all else
         */
        public Builder config(Map<String, String> values) {
            this.explicit = Map.copyOf(values);
            return this;
        }

        /**
         * A fully resolved configuration; skips property and environment lookup.
         *
         * @param value the provider config
         * @return A fully resolved configuration; skips property and environment lookup
         */
        public Builder providerConfig(ProviderConfig value) {
            this.providerConfig = Option.of(value);
            return this;
        }

        /**
         * Where to read {@code elements.*} properties (default: the system properties).
         *
         * @param value the system properties
         * @return where to read {@code elements.*} properties (default: the system properties)
         */
        public Builder systemProperties(Properties value) {
            this.systemProperties = Option.of(value);
            return this;
        }

        /**
         * Where to read environment variables (default: the real environment).
         *
         * @param value the env
         * @return where to read environment variables (default: the real environment)
         */
        public Builder env(Map<String, String> value) {
            this.env = Option.of(Map.copyOf(value));
            return this;
        }

        /**
         * Sets the class loader.
         *
         * @param value the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Option.of(value);
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Option.of(value);
            return this;
        }

        /**
         * Sets the sleeper.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Option.of(value);
            return this;
        }

        /**
         * The source of backoff jitter; seed it for repeatable tests.
         *
         * @param value the random
         * @return the source of backoff jitter; seed it for repeatable tests
         */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Sets the await defaults.
         *
         * @param value the await defaults
         * @return this builder
         */
        public Builder awaitDefaults(AwaitOptions value) {
            this.awaitDefaults = Option.some(Objects.requireNonNull(value, "awaitDefaults"));
            return this;
        }

        /**
         * The page size {@link #listAll()} and {@link #allPresets()} request (default 50).
         *
         * @param value the page size
         * @return the page size {@link #listAll()} and {@link #allPresets()} request (default 50)
         */
        public Builder pageSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("page size must be at least 1: " + value);
            }
            this.pageSize = value;
            return this;
        }

        /**
         * Adds a listener told of every call to the vendor (started, retried, ended) and every wait; call again to
         * add more. Listeners never see a secret, and see response bodies only when they
         * {@link ElementsListener#wantsBodies() ask for them}.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(ElementsListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Where {@link #async()} runs calls and polls (default: a pool of 8 daemon
         * threads, shut down with the facade). An executor given here is not shut down by the facade.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder asyncExecutor(java.util.concurrent.Executor value) {
            this.asyncExecutor = Option.of(Objects.requireNonNull(value, "asyncExecutor"));
            return this;
        }

        /**
         * What times {@link #async()}'s polls (default: {@link Scheduler#system()}, one daemon thread on real time,
         * closed with the facade); a test passes a {@code VirtualScheduler}. A scheduler
         * given here is closed with the facade too.
         *
         * @param value the scheduler
         * @return this builder
         */
        public Builder scheduler(Scheduler value) {
            this.scheduler = Option.of(Objects.requireNonNull(value, "scheduler"));
            return this;
        }

        /**
         * Whether the vendor's callbacks reach this facade ({@link Elements#receiveCallback} is called with them),
         * default true: then a task submitted with a callback URL is polled only as a safety net
         * ({@code callback-safety-net}), since its callback ends the wait. False for a facade whose callbacks go to
         * another process — a command-line tool, a batch job —, whose waits for such tasks then poll on their usual
         * backoff.
         *
         * @param value whether callbacks are handed to this facade
         * @return this builder
         */
        public Builder receivesCallbacks(boolean value) {
            this.receivesCallbacks = value;
            return this;
        }

        /**
         * Builds the facade.
         *
         * @throws ProviderSelectionException when no provider, several or an unknown one is found
         * @throws io.elements4j.ports.spi.ProviderConfigurationException when a credential or value is missing
         * @return the built value
         */
        public Elements build() {
            Properties props = systemProperties.getOrElse(System::getProperties);
            Map<String, String> environment = env.getOrElse(System::getenv);
            ClassLoader loader = classLoader.getOrElse(() -> Option.of(Thread.currentThread().getContextClassLoader())
                    .getOrElse(Elements.class.getClassLoader()));
            ElementsProvider chosen = provider.getOrElse(() -> ElementsProviders.select(
                    providerId.orElse(() -> ElementsProviders.requestedId(props, environment)), loader));
            ProviderMetadata metadata = chosen.metadata();
            ProviderConfig.Builder config = providerConfig.map(ProviderConfig::toBuilder)
                    .getOrElse(() -> ConfigResolver.of(explicit, props, environment).resolve(metadata));
            clock.forEach(config::clock);
            sleeper.forEach(config::sleeper);
            LastFailedResponse lastFailed = new LastFailedResponse();
            java.util.List<ElementsListener> all = new java.util.ArrayList<>(listeners);
            all.add(lastFailed);
            all.add(RetrySignals.INSTANCE);
            ElementsListener listener = ElementsListener.all(all);
            config.listener(listener);
            ProviderConfig given = config.build();
            chosen.defaults().forEach((key, value) -> {
                if (given.get(key).isEmpty()) {
                    config.set(key, value);
                }
            });
            ProviderConfig resolved = config.build();
            VendorClient client = chosen.create(resolved);
            Waiter waiter = new Waiter(resolved.clock(), resolved.sleeper(), random);
            return new Elements(metadata, client, waiter, awaitDefaults.getOrElse(() -> configuredWaits(resolved)),
                    pageSize, resolved.callTimeout(), resolved.clock(), listener, lastFailed,
                    new AsyncSetup(asyncExecutor, scheduler, random),
                    resolved.duration(ConfigKey.CALLBACK_SAFETY_NET.name()).getOrElse(DEFAULT_SAFETY_NET),
                    resolved.get(ConfigKey.ALLOW_LOOPBACK_CALLBACKS.name()).exists("true"::equalsIgnoreCase),
                    receivesCallbacks);
        }
    }
}
