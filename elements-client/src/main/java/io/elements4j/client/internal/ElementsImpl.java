package io.elements4j.client.internal;

import io.elements4j.client.AsyncElements;
import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.ConcurrencyBudget;
import io.elements4j.client.callback.TaskUpdates;
import io.elements4j.client.internal.callback.CallbackStates;
import io.elements4j.client.internal.callback.FleetPushes;
import io.elements4j.client.internal.waiter.Waiter;
import io.elements4j.client.paging.Paginator;
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
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.DraftKeys;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.RawResponse;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Backoff;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The facade's work behind {@link Elements}: each operation checked ({@link DraftValidation}), guarded
 * ({@link CallGuard}) and worded ({@link Outcomes}); waits on the {@link Waiter}, fed by the callbacks received;
 * bulk runs and everything asynchronous on the one {@link AsyncElementsImpl} view.
 */
final class ElementsImpl implements Elements {

    private final ProviderMetadata metadata;
    private final VendorClient client;
    private final CallGuard guard;
    private final Waiter waiter;
    private final AwaitOptions awaitDefaults;
    private final int defaultPageSize;
    private final Clock clock;
    private final ElementsListener listener;
    private final LastFailedResponse lastFailed;
    private final AsyncElementsImpl async;
    private final CallbackStates updates = new CallbackStates();
    private final FleetPushes pushes;
    private final Option<ConcurrencyBudget> concurrencyBudget;
    private final Duration safetyNet;
    private final boolean receivesCallbacks;
    private final boolean loopbackCallbacks;
    private final int callbackMaxBytes;

    ElementsImpl(
            ProviderMetadata metadata,
            VendorClient client,
            ProviderConfig config,
            ElementsListener listener,
            LastFailedResponse lastFailed,
            ElementsAssembly.Choices choices) {
        this.metadata = metadata;
        this.client = client;
        this.clock = config.clock();
        this.guard = new CallGuard(metadata, config.callTimeout(), clock);
        this.waiter = new Waiter(clock, config.sleeper(), choices.random());
        this.awaitDefaults = choices.awaitDefaults().getOrElse(() -> ElementsAssembly.configuredWaits(config));
        this.defaultPageSize = choices.pageSize();
        this.listener = listener;
        this.lastFailed = lastFailed;
        this.safetyNet = config.duration(ConfigKey.CALLBACK_SAFETY_NET.name()).getOrElse(DEFAULT_SAFETY_NET);
        this.loopbackCallbacks =
                config.get(ConfigKey.ALLOW_LOOPBACK_CALLBACKS.name()).exists("true"::equalsIgnoreCase);
        this.receivesCallbacks = choices.receivesCallbacks();
        this.callbackMaxBytes = ElementsAssembly.callbackMaxBytes(config);
        this.pushes = new FleetPushes(updates, choices.sharedTaskUpdates(), metadata.id());
        this.concurrencyBudget = choices.concurrencyBudget();
        this.async = new AsyncElementsImpl(
                this, new AsyncSetup(choices.asyncExecutor(), choices.scheduler(), choices.random()));
    }

    @Override
    public ProviderMetadata provider() {
        return metadata;
    }

    @Override
    public Either<ElementsError, ElementDraft> validate(ElementDraft draft) {
        return DraftValidation.validate(metadata, draft, loopbackCallbacks);
    }

    @Override
    public Either<ElementsError, CreationTask> receiveCallback(IncomingCallback callback) {
        Objects.requireNonNull(callback, "callback");
        return guard.ifCapable(
                        Capability.CALLBACKS,
                        () -> callback.size() > callbackMaxBytes
                                ? Either.left(tooLarge(callback))
                                : client.readCallback(callback))
                .flatMap(task -> withDraft(task, callback))
                .flatMap(pushes::received);
    }

    /**
     * The task with the draft the callback's URL names ({@link DraftKeys}), so a create whose answer was lost is
     * found by it. A URL naming another draft than the body's own key (a signed body replayed to another draft's
     * URL) is refused, and so is a parameter that is not a key.
     */
    private static Either<ElementsError, CreationTask> withDraft(CreationTask task, IncomingCallback callback) {
        Either<String, Option<IdempotencyKey>> named = DraftKeys.fromUrl(callback.url());
        if (named.isLeft()) {
            return Either.left(notTheDraftsCallback(named.getLeft()));
        }
        if (named.get().isEmpty()) {
            return Either.right(task);
        }
        IdempotencyKey key = named.get().get();
        if (task.idempotencyKey().exists(own -> !own.equals(key))) {
            return Either.left(notTheDraftsCallback(
                    "the callback's URL names draft " + key + ", but the task it" + " reports, " + task.id()
                            + ", was created for draft " + task.idempotencyKey().get()));
        }
        return Either.right(task.idempotencyKey().isDefined() ? task : task.withIdempotencyKey(key));
    }

    private static ElementsError notTheDraftsCallback(String problem) {
        return ElementsError.ProviderFailure.definite(
                problem + "; the callback is refused", 0, Option.none(), Option.none());
    }

    /** A body over {@code callback-max-bytes}: refused before the adapter reads a byte of it (413 from a receiver). */
    private ElementsError tooLarge(IncomingCallback callback) {
        String message = "the callback body is " + callback.size() + " bytes, more than the " + callbackMaxBytes
                + " this facade reads (callback-max-bytes)";
        return new ElementsError.InvalidRequest(
                message,
                List.of(new RuleViolation("body", RuleCodes.CALLBACK_BODY_TOO_LARGE, message)),
                Option.none(),
                Option.none());
    }

    @Override
    public CallbackVerification callbackVerification() {
        return metadata.supports(Capability.CALLBACKS)
                ? Objects.requireNonNullElse(client.callbackVerification(), CallbackVerification.VENDOR_DOES_NOT_SIGN)
                : CallbackVerification.NO_CALLBACKS;
    }

    @Override
    public TaskUpdates taskUpdates() {
        return updates;
    }

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return validate(identified(draft))
                .mapLeft(error -> countingTheDraftKey(error, draft))
                .flatMap(valid -> guard.call("submit", true, () -> client.submit(valid))
                        .mapLeft(error -> Outcomes.submitted(error, valid.idempotencyKey()))
                        .peek(task -> {
                            if (receivesCallbacks
                                    && valid.callbackUrl().isDefined()
                                    && metadata.supports(Capability.CALLBACKS)) {
                                updates.expect(task.id());
                            }
                        }));
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return guard.ifCapable(Capability.TASK_QUERY, () -> client.task(id));
    }

    @Override
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        return guard.call("find created", false, () -> client.findCreated(draft, since));
    }

    @Override
    public Either<ElementsError, Awaited<CreationTask>> createAndAwait(ElementDraft draft) {
        return createAndAwait(draft, awaitDefaults);
    }

    @Override
    public Either<ElementsError, Awaited<CreationTask>> createAndAwait(ElementDraft draft, AwaitOptions options) {
        Either<ElementsError, CreationTask> submitted = submit(draft);
        if (submitted.isLeft()) {
            return awaitsCallbackOf(draft, submitted.getLeft())
                    ? awaitDraft(draft.idempotencyKey(), submitted.getLeft(), options)
                    : Either.left(submitted.getLeft());
        }
        CreationTask task = submitted.get();
        return watched(
                task.id(),
                () -> waiter.await(
                        task.id(),
                        Option.some(task),
                        taskTarget(task.idempotencyKey().orElse(Option.some(draft.idempotencyKey()))),
                        waitOptions(task.id(), options)));
    }

    /**
     * The draft's own callback URL (see {@link DraftKeys}): the URL it gives, with its key as
     * {@code elements4j-draft}, on a provider that calls back; the draft as given otherwise.
     */
    ElementDraft identified(ElementDraft draft) {
        if (draft.callbackUrl().isEmpty() || !metadata.supports(Capability.CALLBACKS)) {
            return draft;
        }
        return draft.toBuilder()
                .callbackUrl(DraftKeys.inUrl(draft.callbackUrl().get(), draft.idempotencyKey()))
                .build();
    }

    /** A callback URL too long once it names its draft says that the parameter counts, and how long it is. */
    private static ElementsError countingTheDraftKey(ElementsError error, ElementDraft draft) {
        if (!(error instanceof ElementsError.InvalidRequest invalid)
                || draft.callbackUrl().isEmpty()
                || !invalid.violations().exists(v -> v.code().equals(RuleCodes.CALLBACK_TOO_LONG))) {
            return error;
        }
        String note = " (counting the " + DraftKeys.PARAMETER + "=" + draft.idempotencyKey() + " parameter elements4j"
                + " adds so the callback names its draft: the URL given may have at most "
                + (DraftKeys.inUrl(draft.callbackUrl().get(), draft.idempotencyKey())
                                .length()
                        - draft.callbackUrl().get().length())
                + " characters fewer)";
        return ElementsError.InvalidRequest.of(invalid.violations()
                .map(v -> v.code().equals(RuleCodes.CALLBACK_TOO_LONG)
                        ? new RuleViolation(v.field(), v.code(), v.message() + note)
                        : v));
    }

    /**
     * Whether a create that ended {@code CreationUnknown} is resolved by its callback: the draft has a callback URL
     * (which names it), the provider calls back and its callbacks reach this facade. Such a draft is noted, so a wait
     * by its key waits for its callback too.
     */
    boolean awaitsCallbackOf(ElementDraft draft, ElementsError error) {
        boolean awaited = error instanceof ElementsError.CreationUnknown
                && draft.callbackUrl().isDefined()
                && receivesCallbacks
                && metadata.supports(Capability.CALLBACKS);
        if (awaited) {
            updates.expectDraft(draft.idempotencyKey());
        }
        return awaited;
    }

    /** Waits for the callback naming a draft, then for its task, within the wait's deadline. */
    private Either<ElementsError, Awaited<CreationTask>> awaitDraft(
            IdempotencyKey key, ElementsError unknown, AwaitOptions options) {
        return watched(
                CreationTaskId.of(key.value()),
                () -> waiter.await(key, Option.none(), draftTarget(key, unknown), draftWaitOptions(options)));
    }

    @Override
    public Either<ElementsError, Awaited<CreationTask>> await(CreationTaskId id) {
        return await(id, awaitDefaults);
    }

    @Override
    public Either<ElementsError, Awaited<CreationTask>> await(CreationTaskId id, AwaitOptions options) {
        if (!metadata.supports(Capability.TASK_QUERY)) {
            return Either.left(Outcomes.unsupported(metadata, Capability.TASK_QUERY));
        }
        Option<IdempotencyKey> draft = awaitedDraft(id);
        if (draft.isDefined()) {
            return awaitDraft(draft.get(), Outcomes.noCallbackYet(draft.get()), options);
        }
        return watched(id, () -> waiter.await(id, Option.none(), taskTarget(Option.none()), waitOptions(id, options)));
    }

    /**
     * The draft an id names, when it is the key of a draft whose callback this facade awaits (sent with a callback
     * URL, its answer lost) or has received: {@code await(CreationTaskId.of(key))} then waits for that draft's task.
     */
    Option<IdempotencyKey> awaitedDraft(CreationTaskId id) {
        return Try.of(() -> IdempotencyKey.of(id.value())).toOption().filter(updates::expectsDraft);
    }

    @Override
    public Seq<Either<ElementsError, Awaited<CreationTask>>> awaitAll(Seq<CreationTaskId> ids, AwaitOptions options) {
        if (!metadata.supports(Capability.TASK_QUERY)) {
            return ids.map(id -> Either.left(Outcomes.unsupported(metadata, Capability.TASK_QUERY)));
        }
        Instant started = clock.instant();
        ids.forEach(id -> listener.waitStarted(new WaitStarted(metadata.id(), id.value())));
        Seq<Either<ElementsError, Awaited<CreationTask>>> results = waiter.awaitAll(
                ids,
                id -> Option.none(),
                taskTarget(Option.none()),
                !ids.isEmpty() && ids.forAll(updates::expects) ? waitOptions(ids.head(), options) : options);
        ids.zip(results).forEach(pair -> waitEnded(pair._1, pair._2, started));
        return results;
    }

    @Override
    public Seq<Either<ElementsError, Awaited<CreationTask>>> createAll(Seq<ElementDraft> drafts) {
        return createAll(drafts, BulkOptions.defaults());
    }

    @Override
    public Seq<Either<ElementsError, Awaited<CreationTask>>> createAll(Seq<ElementDraft> drafts, BulkOptions options) {
        try {
            return async.createAll(drafts, options).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public AsyncElements async() {
        return async;
    }

    @Override
    public Option<RawResponse> lastFailedResponse() {
        return lastFailed.last();
    }

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return guard.ifCapable(Capability.FIND, () -> client.find(id));
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return guard.ifCapable(Capability.LIST, () -> client.list(filter, page));
    }

    @Override
    public Paginator<Element> listAll() {
        return listAll(ElementFilter.all());
    }

    @Override
    public Paginator<Element> listAll(ElementFilter filter) {
        return new Paginator<>(page -> list(filter, page), PageRequest.first(defaultPageSize));
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return guard.ifCapable(Capability.PRESETS, () -> client.presets(page));
    }

    @Override
    public Paginator<Element> allPresets() {
        return new Paginator<>(this::presets, PageRequest.first(defaultPageSize));
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return guard.ifCapable(Capability.TAG_CATALOGUE, client::tags);
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return guard.ifCapable(Capability.VOICE_CATALOGUE, client::voices);
    }

    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return guard.ifCapable(Capability.DELETE, () -> client.delete(id));
    }

    @Override
    public void close() {
        try {
            async.close();
        } finally {
            try {
                pushes.close();
            } finally {
                client.close();
            }
        }
    }

    /** Runs a wait, telling the listener when it starts and ends. */
    private Either<ElementsError, Awaited<CreationTask>> watched(
            CreationTaskId id, Supplier<Either<ElementsError, Awaited<CreationTask>>> wait) {
        Instant started = clock.instant();
        listener.waitStarted(new WaitStarted(metadata.id(), id.value()));
        Either<ElementsError, Awaited<CreationTask>> result = wait.get();
        waitEnded(id, result, started);
        return result;
    }

    void waitEnded(CreationTaskId id, Either<ElementsError, Awaited<CreationTask>> result, Instant started) {
        listener.waitEnded(new WaitEnded(
                metadata.id(),
                id.value(),
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

    /** The account's slots shared with other runs and processes, when the builder was given them. */
    Option<ConcurrencyBudget> concurrencyBudget() {
        return concurrencyBudget;
    }

    /** What a wait for a task polls, and how it judges and words what it reads. */
    Waiter.Target<CreationTaskId, CreationTask> taskTarget(Option<IdempotencyKey> key) {
        boolean canReadAgain = metadata.supports(Capability.TASK_QUERY);
        return new Waiter.Target<>(
                "element creation task",
                id -> guard.call("task", false, () -> client.task(id)),
                task -> Outcomes.acceptance(task, canReadAgain),
                Outcomes::failed,
                ended -> Outcomes.unresolved(ended, key),
                pushes);
    }

    /**
     * What a wait for a draft's callback polls: nothing, until a callback names the draft's task (it checks the
     * record, and each push ends that at once); then the task, as any wait does — unless the record already holds
     * its final state (a callback delivered while the wait was about to poll). When the wait ends with no callback,
     * the answer is the create's {@code CreationUnknown}, saying no callback came; with the task known, it is the
     * task's {@code TaskStateUnknown}.
     */
    Waiter.Target<IdempotencyKey, CreationTask> draftTarget(IdempotencyKey key, ElementsError unknown) {
        Waiter.Target<CreationTaskId, CreationTask> tasks = taskTarget(Option.some(key));
        return new Waiter.Target<>(
                "element creation task",
                draft -> pushes.taskOf(draft)
                        .map(task -> pushes.latest(task)
                                .filter(CreationTask::isTerminal)
                                .<Either<ElementsError, CreationTask>>map(Either::right)
                                .getOrElse(() -> metadata.supports(Capability.TASK_QUERY)
                                        ? tasks.poll().apply(task)
                                        : pushes.latest(task).toEither(unknown)))
                        .getOrElse(() -> Either.left(unknown)),
                tasks.acceptor(),
                tasks.onFailure(),
                ended -> ended.lastKnown().isDefined()
                        ? tasks.unresolved()
                                .apply(new Waiter.Unresolved<>(
                                        ended.lastKnown().get().id(),
                                        ended.lastKnown(),
                                        ended.attempts(),
                                        ended.elapsed(),
                                        ended.why(),
                                        ended.lastError()))
                        : Outcomes.noCallback(unknown, key, ended),
                pushes.byDraft());
    }

    /** A wait for a draft's callback checks for it only as a safety net: the callback is what ends it. */
    AwaitOptions draftWaitOptions(AwaitOptions options) {
        return options.withBackoff(
                new Backoff(safetyNet, safetyNet, 1.0, options.backoff().jitter()));
    }

    /**
     * The wait for a task created with a callback URL polls only as a safety net ({@code callback-safety-net}): its
     * callback is what ends it.
     */
    AwaitOptions waitOptions(CreationTaskId id, AwaitOptions options) {
        if (!updates.expects(id)) {
            return options;
        }
        return options.withBackoff(
                new Backoff(safetyNet, safetyNet, 1.0, options.backoff().jitter()));
    }
}
