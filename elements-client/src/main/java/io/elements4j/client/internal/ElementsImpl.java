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
                .flatMap(pushes::received);
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
        return validate(draft)
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
        return submit(draft)
                .flatMap(task -> watched(
                        task.id(),
                        () -> waiter.await(
                                task.id(),
                                Option.some(task),
                                taskTarget(task.idempotencyKey().orElse(Option.some(draft.idempotencyKey()))),
                                waitOptions(task.id(), options))));
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
        return watched(id, () -> waiter.await(id, Option.none(), taskTarget(Option.none()), waitOptions(id, options)));
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
