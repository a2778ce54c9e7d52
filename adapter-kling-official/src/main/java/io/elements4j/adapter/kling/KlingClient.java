package io.elements4j.adapter.kling;

import io.elements4j.adapter.kling.internal.CreateElementRequest;
import io.elements4j.adapter.kling.internal.DeleteElementRequest;
import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingDeletion;
import io.elements4j.adapter.kling.internal.KlingEnvelope;
import io.elements4j.adapter.kling.internal.KlingErrors;
import io.elements4j.adapter.kling.internal.KlingJwt;
import io.elements4j.adapter.kling.internal.KlingMapper;
import io.elements4j.adapter.kling.internal.KlingRecords;
import io.elements4j.adapter.kling.internal.KlingTaskRecord;
import io.elements4j.adapter.kling.internal.KlingWire;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.DeclaredCapabilities;
import io.elements4j.adapter.support.Paging;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.support.WebhookGate;
import io.elements4j.adapter.support.WebhookSecrets;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceOrigin;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.elements4j.ports.time.Deadline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Kling's own API behind the three ports.
 *
 * <p><b>Creating.</b> The draft's idempotency key is sent as {@code external_task_id}. When the outcome of a create
 * is unknown (connection broken after sending, a timeout, 5000/5002, an unreadable answer) or Kling says the key is
 * taken, the task is looked up by that id, again and again within the call's deadline, until Kling answers
 * definitely; only when Kling knows no such task is the same body sent once more, under the same id. So one draft
 * never makes two elements, and a create Kling accepted is found whenever Kling answers a lookup within the
 * {@code call-timeout}.
 *
 * <p><b>Relays.</b> The same client serves relays of Kling's API ({@link KlingWire}): one that documents no key gets
 * none, and a create whose answer is lost stays unknown; one may answer a create with its own task object; one
 * deletes by the older path only. Kling's callbacks through a relay are signed for the relay's account, not ours.
 *
 * <p><b>Deleting.</b> {@code POST /v1/general/delete-advanced-elements}, falling back to
 * {@code /v1/general/delete-elements} when the first answers 404 / 1202 / 1203 (the path may be missing on a
 * host). An element is already absent when Kling answers 1201 with "not found" / "already deleted" (on either
 * path) or 1203 on the fallback path.
 *
 * <p><b>Listing.</b> Kling lists creation tasks; each page is flattened to their elements (deleted ones left out
 * unless the filter asks for them). Kling reports no total, so a page has more after it when the raw page was full.
 * Page sizes above Kling's 500 are clamped, and the page answered says so in {@link Page#request()}.
 */
final class KlingClient implements VendorClient {

    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_PAGE_NUMBER = 1000;
    private static final Paging.PageNumbers PAGING =
            Paging.byPageNumber(MAX_PAGE_SIZE).upToPage(MAX_PAGE_NUMBER);

    private final VendorHttp http;
    private final KlingApi api;
    private final Option<KlingJwt> jwt;
    private final KlingMapper mapper = KlingMapper.INSTANCE;
    /** How callbacks are judged: checked with {@code callback-secret}, accepted unsigned, or refused. */
    private final WebhookGate callbacks;

    private final KlingWire wire;

    KlingClient(VendorHttp http, Option<KlingJwt> jwt, WebhookGate callbacks) {
        this(http, jwt, callbacks, KlingWire.OFFICIAL);
    }

    private KlingClient(VendorHttp http, Option<KlingJwt> jwt, WebhookGate callbacks, KlingWire wire) {
        this.http = http;
        this.jwt = jwt;
        this.callbacks = callbacks;
        this.wire = wire;
        this.api = http.client(KlingApi.class);
    }

    /**
     * Verified against {@code callback-secret} when it is set; read as it comes only with
     * {@code accept-unsigned-callbacks=true}; refused otherwise, saying how to configure it.
     */
    @Override
    public Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return callbacks.admit(callback).flatMap(admitted -> KlingCallbacks.parse(admitted.bodyText()));
    }

    @Override
    public CallbackVerification callbackVerification() {
        return callbacks.verification();
    }

    // ---- relays --------------------------------------------------------------------------------------------------

    /** What every relay of Kling's element API passes on: photo elements with tags, the task query; Kling's tags. */
    static final io.vavr.collection.Set<Capability> RELAYED = io.vavr.collection.HashSet.of(
            Capability.CREATE_IMAGE_ELEMENT,
            Capability.TAGS_ON_CREATE,
            Capability.TASK_QUERY,
            Capability.TAG_CATALOGUE);

    /**
     * The secret key a relay reads its token from, {@code api-key}, with the relay's usual variable.
     *
     * @param relay    the relay's name, as the key's description gives it
     * @param variable the relay's usual env name
     */
    static ConfigKey relayToken(String relay, String variable) {
        return ConfigKey.secret("api-key", relay + " API token, sent as Authorization: Bearer", variable);
    }

    /**
     * A client of a relay of Kling's element API: Kling's client over the relay's base URL with its static Bearer
     * token, Kling's errors named as the relay's (also when a gateway wraps them), the relay's wire differences, and
     * only what the relay declares — every other operation answers {@code Unsupported} without a request. Kling's
     * callbacks through a relay are signed for the relay's Kling account, so they cannot be verified here.
     *
     * @throws ProviderConfigurationException without a token, or with a base URL that is not http(s)
     */
    static VendorClient relay(ProviderMetadata metadata, ProviderConfig config, ConfigKey token, KlingWire wire) {
        Secret secret = config.requiredSecret(token, "the " + metadata.displayName() + " API token");
        VendorHttp http = KlingOfficialElementsProvider.http(metadata.displayName(), config, metadata.defaultBaseUrl())
                .bearer(secret)
                .build();
        CallbackVerification verification = metadata.supports(Capability.CALLBACKS)
                ? CallbackVerification.VENDOR_DOES_NOT_SIGN
                : CallbackVerification.NO_CALLBACKS;
        WebhookGate callbacks = new WebhookGate(
                Option.none(),
                verification,
                WebhookSecrets.unsignedRefused(metadata.displayName(), ConfigKey.CALLBACK_SECRET));
        return DeclaredCapabilities.of(new KlingClient(http, Option.none(), callbacks, wire), metadata);
    }

    // ---- creation ------------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        CreateElementRequest request = wire.body(mapper.toRequest(draft));
        String key = draft.idempotencyKey().value();
        Deadline deadline = http.deadline();
        return deadline.within(() -> {
            Either<ElementsError, CreationTask> sent = create(request);
            if (sent.isLeft()
                    && wire.keyed()
                    && (KlingErrors.isDuplicateExternalTaskId(sent.getLeft()) || isAmbiguous(sent.getLeft()))) {
                sent = recover(request, key, sent.getLeft(), deadline);
            } else if (sent.isLeft() && isAmbiguous(sent.getLeft())) {
                sent = Either.left(((ProviderFailure) sent.getLeft())
                        .withNote(". This host takes no key to look the task up by: check its task list before"
                                + " sending the draft again"));
            }
            return sent.map(task ->
                            task.idempotencyKey().isDefined() ? task : task.withIdempotencyKey(draft.idempotencyKey()))
                    .flatMap(this::withElements);
        });
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return task(CallKind.READ, () -> api.task(id.value()));
    }

    /** Kling finds a task by the {@code external_task_id} it was created with: the draft's key. */
    @Override
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        Either<ElementsError, CreationTask> found =
                byExternalTaskId(draft.idempotencyKey().value());
        if (found.isLeft()) {
            return found.getLeft() instanceof ElementsError.NotFound
                    ? Either.right(Option.none())
                    : Either.left(found.getLeft());
        }
        CreationTask task = found.get();
        return Either.right(Option.some(
                task.idempotencyKey().isDefined() ? task : task.withIdempotencyKey(draft.idempotencyKey())));
    }

    /** Kling answers its envelope; a relay may answer a task object of its own instead. */
    private Either<ElementsError, CreationTask> create(CreateElementRequest request) {
        return wire.relayedCreate()
                ? http.call(
                        CallKind.CREATE,
                        () -> api.createRelayed(request),
                        answer -> answer.task().flatMap(KlingRecords::check).map(mapper::toTask))
                : task(CallKind.CREATE, () -> api.create(request));
    }

    /**
     * The create may have been accepted (or Kling says the key is taken): find out by the key, within the call's
     * deadline, and never make a second element.
     *
     * <ul>
     *   <li>the lookup finds the task → that is the answer;</li>
     *   <li>Kling knows no task with the key → the same body is sent again, under the same key; if that answer is
     *       lost too, or Kling says the key is taken, the loop looks again;</li>
     *   <li>the lookup itself fails (5xx, a broken connection, an unreadable answer, even a 401 page: each lookup is
     *       already retried within the budget) → wait with the backoff and look again;</li>
     *   <li>a definite refusal of the re-sent create (invalid, no credit) → that is the answer.</li>
     * </ul>
     *
     * When the deadline leaves no time for another round, the outcome stays ambiguous and says how to look later.
     */
    private Either<ElementsError, CreationTask> recover(
            CreateElementRequest request, String key, ElementsError first, Deadline deadline) {
        ElementsError lastLookup = first;
        int lookups = 0;
        for (int round = 1; ; round++) {
            Either<ElementsError, CreationTask> found = byExternalTaskId(key);
            lookups++;
            if (found.isRight()) {
                return found;
            }
            lastLookup = found.getLeft();
            if (lastLookup instanceof ElementsError.NotFound) {
                Either<ElementsError, CreationTask> resent = create(request);
                if (resent.isRight()
                        || !isAmbiguous(resent.getLeft()) && !KlingErrors.isDuplicateExternalTaskId(resent.getLeft())) {
                    return resent;
                }
                if (KlingErrors.isDuplicateExternalTaskId(resent.getLeft())) {
                    continue; // made after all: the next lookup finds it
                }
            }
            if (!http.pause(round, deadline)) {
                return Either.left(unresolved(first, key, lookups, lastLookup));
            }
        }
    }

    private static ElementsError unresolved(ElementsError first, String key, int lookups, ElementsError lastLookup) {
        ProviderFailure cause = first instanceof ProviderFailure failure ? failure : null;
        return ProviderFailure.ambiguous(
                (cause == null ? first.message() : cause.message())
                        + "; looked the task up by external_task_id " + key + " " + lookups
                        + (lookups == 1 ? " time" : " times")
                        + " within the call-timeout without a definite answer (last: "
                        + lastLookup.message() + "); look it up later with task(\"" + key
                        + "\"), which Kling answers by "
                        + "external_task_id, before sending the draft again",
                cause == null ? 0 : cause.status(),
                first.vendorCode(),
                first.requestId());
    }

    private Either<ElementsError, CreationTask> byExternalTaskId(String key) {
        return task(CallKind.READ, () -> api.task(key));
    }

    /** A create answered "succeed" at once carries no elements; one read fetches them. */
    private Either<ElementsError, CreationTask> withElements(CreationTask task) {
        if (task.state() != TaskState.SUCCEEDED || task.elementIds().nonEmpty()) {
            return Either.right(task);
        }
        return Either.right(task(task.id())
                .map(full -> full.idempotencyKey().isDefined()
                        ? full
                        : task.idempotencyKey().map(full::withIdempotencyKey).getOrElse(full))
                .getOrElse(task));
    }

    private static boolean isAmbiguous(ElementsError error) {
        return error instanceof ElementsError.ProviderFailure failure && failure.ambiguous();
    }

    // ---- queries -------------------------------------------------------------------------------------------------

    /** Kling has no lookup by element id: the element is searched for in the account's list, then the presets. */
    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        if (!id.isNumeric()) {
            return Either.right(Option.none());
        }
        return search(api::list, records -> mapper.elementsOf(records, true), id)
                .flatMap(
                        found -> found.isDefined() ? Either.right(found) : search(api::presets, mapper::presetsOf, id));
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return page(page, api::list, records -> {
            Seq<Element> elements = mapper.elementsOf(records, filter.includeDeleted());
            return filter.tag().isEmpty()
                    ? elements
                    : elements.filter(e -> e.tags().contains(filter.tag().get()));
        });
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return page(page, api::presets, mapper::presetsOf);
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return Either.right(TagCatalogue.all());
    }

    /** The official voices, then the account's own (those customised from reference videos among them). */
    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return allVoices(api::presetVoices)
                .flatMap(official -> allVoices(api::customVoices)
                        .map(custom -> official.map(KlingClient::official)
                                .appendAll(custom)
                                .distinctBy(Voice::id)));
    }

    private Either<ElementsError, Page<Element>> page(
            PageRequest page,
            BiFunction<Integer, Integer, KlingEnvelope<java.util.List<KlingTaskRecord>>> fetch,
            Function<Seq<KlingTaskRecord>, Seq<Element>> elements) {
        if (page.page() > MAX_PAGE_NUMBER) {
            return Either.left(new ElementsError.InvalidRequest(
                    "Kling lists at most " + MAX_PAGE_NUMBER + " pages; page " + page.page() + " cannot be fetched",
                    List.empty(),
                    Option.none(),
                    Option.none()));
        }
        PageRequest answered = PAGING.clamp(page);
        return records(() -> fetch.apply(answered.page(), answered.size()))
                .map(records -> PAGING.page(answered, elements.apply(records), records.size(), Option.none()));
    }

    private Either<ElementsError, Option<Element>> search(
            BiFunction<Integer, Integer, KlingEnvelope<java.util.List<KlingTaskRecord>>> fetch,
            Function<Seq<KlingTaskRecord>, Seq<Element>> elements,
            ElementId id) {
        for (int pageNum = 1; pageNum <= MAX_PAGE_NUMBER; pageNum++) {
            int number = pageNum;
            Either<ElementsError, Seq<KlingTaskRecord>> page = records(() -> fetch.apply(number, MAX_PAGE_SIZE));
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            Option<Element> match = elements.apply(page.get()).find(e -> e.id().equals(id));
            if (match.isDefined() || page.get().size() < MAX_PAGE_SIZE) {
                return Either.right(match);
            }
        }
        return Either.right(Option.none());
    }

    private Either<ElementsError, Seq<Voice>> allVoices(
            BiFunction<Integer, Integer, KlingEnvelope<java.util.List<KlingTaskRecord>>> fetch) {
        Seq<Voice> voices = List.empty();
        for (int pageNum = 1; pageNum <= MAX_PAGE_NUMBER; pageNum++) {
            int number = pageNum;
            Either<ElementsError, Seq<KlingTaskRecord>> page = voiceRecords(() -> fetch.apply(number, MAX_PAGE_SIZE));
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            voices = voices.appendAll(mapper.voicesOf(page.get()));
            if (page.get().size() < MAX_PAGE_SIZE) {
                break;
            }
        }
        return Either.right(voices);
    }

    private static Voice official(Voice voice) {
        return voice.origin() == VoiceOrigin.OFFICIAL
                ? voice
                : new Voice(voice.id(), voice.name(), VoiceOrigin.OFFICIAL, voice.trialUrl());
    }

    // ---- deletion ------------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        DeleteElementRequest body = new DeleteElementRequest(id.value());
        if (wire.advancedDelete()) {
            Either<ElementsError, Deletion> advanced = send(
                            CallKind.DELETE, () -> api.deleteAdvanced(body), Answer::read)
                    .flatMap(answer -> deleted(id, answer));
            if (advanced.isRight() || !(advanced.getLeft() instanceof ElementsError.NotFound notFound)) {
                return advanced;
            }
            if (hasCode(notFound, "1201")) {
                return Either.right(Deletion.alreadyAbsent(id));
            }
        }
        Either<ElementsError, Deletion> legacy = send(CallKind.DELETE, () -> api.deleteLegacy(body), Answer::read)
                .flatMap(answer -> deleted(id, answer));
        return legacy.isLeft()
                        && legacy.getLeft() instanceof ElementsError.NotFound gone
                        && (hasCode(gone, "1201") || hasCode(gone, "1203"))
                ? Either.right(Deletion.alreadyAbsent(id))
                : legacy;
    }

    private static Either<ElementsError, Deletion> deleted(ElementId id, Answer<KlingDeletion> answer) {
        KlingDeletion deletion = answer.data();
        if ("failed".equalsIgnoreCase(deletion.task_status())) {
            String reason = Option.of(deletion.task_status_msg())
                    .filter(m -> !m.isBlank())
                    .getOrElse("no reason given");
            return Either.left(ElementsError.ProviderFailure.definite(
                    "Kling could not delete element " + id + ": " + reason
                            + answer.requestId()
                                    .map(r -> " [request id " + r + "]")
                                    .getOrElse(""),
                    200,
                    Option.none(),
                    answer.requestId()));
        }
        return Either.right(Deletion.deleted(id));
    }

    private static boolean hasCode(ElementsError error, String code) {
        return error.vendorCode().contains(code);
    }

    // ---- the wire ------------------------------------------------------------------------------------------------

    /** An answer's {@code data}, with the {@code request_id} that came with it. */
    private record Answer<T>(T data, Option<String> requestId) {
        static <T> Either<String, Answer<T>> read(T data, Option<String> requestId) {
            return Either.right(new Answer<>(data, requestId));
        }
    }

    /**
     * Sends a call (retried as its kind allows), unwraps {@code data} and reads it with {@code read} inside the retry
     * loop, so an answer without data or with a record Kling should not send counts as unreadable: retried for a
     * read, ambiguous for a create. With AK/SK, a token Kling calls not yet valid (1003) or expired (1004) — clock
     * skew — is signed afresh and the call sent once more: a 401 proves nothing was done.
     */
    private <T, R> Either<ElementsError, R> send(
            CallKind kind, Supplier<KlingEnvelope<T>> request, BiFunction<T, Option<String>, Either<String, R>> read) {
        Function<KlingEnvelope<T>, Either<String, R>> unwrap = envelope -> envelope.data() == null
                ? Either.left("Kling sent an answer without data")
                : read.apply(envelope.data(), requestId(envelope));
        Either<ElementsError, R> answer = http.call(kind, request, KlingClient::requestId, unwrap);
        if (jwt.isDefined()
                && answer.isLeft()
                && answer.getLeft() instanceof ElementsError.Unauthorized stale
                && (hasCode(stale, "1003") || hasCode(stale, "1004"))) {
            jwt.get().renew();
            answer = http.call(kind, request, KlingClient::requestId, unwrap);
        }
        return answer;
    }

    private static Option<String> requestId(KlingEnvelope<?> envelope) {
        return Option.of(envelope.request_id()).filter(id -> !id.isBlank());
    }

    private Either<ElementsError, Seq<KlingTaskRecord>> records(
            Supplier<KlingEnvelope<java.util.List<KlingTaskRecord>>> request) {
        return send(CallKind.READ, request, (data, requestId) -> KlingRecords.checkAll(data));
    }

    private Either<ElementsError, Seq<KlingTaskRecord>> voiceRecords(
            Supplier<KlingEnvelope<java.util.List<KlingTaskRecord>>> request) {
        return send(CallKind.READ, request, (data, requestId) -> KlingRecords.checkVoices(data));
    }

    private Either<ElementsError, CreationTask> task(CallKind kind, Supplier<KlingEnvelope<KlingTaskRecord>> request) {
        return send(kind, request, (data, requestId) -> KlingRecords.check(data).map(mapper::toTask));
    }

    @Override
    public String toString() {
        return "KlingClient[" + http.baseUrl() + ", " + (jwt.isDefined() ? "access key + secret key (JWT)" : "API key")
                + "]";
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
