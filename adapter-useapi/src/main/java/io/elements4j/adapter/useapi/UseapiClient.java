package io.elements4j.adapter.useapi;

import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.useapi.internal.CreateElementBody;
import io.elements4j.adapter.useapi.internal.CreateRequests;
import io.elements4j.adapter.useapi.internal.CreatedElements;
import io.elements4j.adapter.useapi.internal.ElementsPage;
import io.elements4j.adapter.useapi.internal.ListingRecovery;
import io.elements4j.adapter.useapi.internal.UseapiApi;
import io.elements4j.adapter.useapi.internal.UseapiElement;
import io.elements4j.adapter.useapi.internal.UseapiErrors;
import io.elements4j.adapter.useapi.internal.UseapiMapper;
import io.elements4j.adapter.useapi.internal.UseapiConversions;
import io.elements4j.adapter.useapi.internal.UseapiVoice;
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
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.time.Deadline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three ports over useapi.net's Kling elements API. Creation is synchronous: {@link #submit} answers a task that
 * has already succeeded, holding every element useapi made (three with {@code generateViews}), and there is no task
 * to look up later. The account {@code email}, when configured, goes in the query of every GET and DELETE and in the
 * body of the POST.
 */
final class UseapiClient implements VendorClient {

    static final int MAX_PAGE_SIZE = 100;
    /** Task ids join the ids of the elements a create made; useapi has no task of its own. */
    static final String TASK_ID_SEPARATOR = ",";
    private static final String ELEMENT_ID = "[A-Za-z0-9_-]+";

    private final VendorHttp http;
    private final UseapiApi api;
    private final Option<String> email;
    private final Clock clock;
    private final UseapiMapper mapper = UseapiMapper.INSTANCE;

    UseapiClient(VendorHttp http, Option<String> email, Clock clock) {
        this.http = http;
        this.api = http.client(UseapiApi.class);
        this.email = email;
        this.clock = clock;
    }

    // ---- creation ------------------------------------------------------------------------------------------

    /**
     * Creates, and when the answer is lost finds out from the listing what was made ({@link ListingRecovery}): the
     * elements found are the answer; when the vendor has had time and nothing was made, the same body is sent again;
     * a create still unresolved when the call's deadline comes is ambiguous, carrying any candidates.
     */
    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return CreateRequests.body(draft, email)
                .flatMap(body -> {
                    Deadline deadline = http.deadline();
                    return deadline.within(() -> createOrRecover(draft, body, deadline));
                });
    }

    private Either<ElementsError, CreationTask> createOrRecover(ElementDraft draft, CreateElementBody body,
                                                                Deadline deadline) {
        Instant sentAt = clock.instant();
        Either<ElementsError, CreationTask> sent = create(body);
        int round = 0;
        int resends = 0;
        Option<ElementsError> lastLook = Option.none();
        while (sent.isLeft() && isAmbiguous(sent.getLeft())) {
            ListingRecovery recovery = new ListingRecovery(draft, sentAt, MAX_PAGE_SIZE);
            Either<ElementsError, ListingRecovery.Found> found = recovery.look(
                    page -> page(page, Option.none(), false), clock.instant());
            if (found.isLeft()) {
                lastLook = Option.some(found.getLeft());
                if (!http.pause(++round, deadline)) {
                    return Either.left(ambiguous(draft, recovery.unresolved("the listing could not be read within the "
                            + "call-timeout", lastLook), List.empty(), sent.getLeft()));
                }
                continue;
            }
            ListingRecovery.Found look = found.get();
            if (look instanceof ListingRecovery.Made made) {
                return Either.right(succeeded(made.elements()));
            }
            if (look instanceof ListingRecovery.Several several) {
                return Either.left(ambiguous(draft, recovery.unresolved("the listing holds " + several.candidates().size()
                        + " elements that may be it: " + several.candidates().mkString(", "), Option.none()),
                        several.candidates(), sent.getLeft()));
            }
            if (look instanceof ListingRecovery.NotYet notYet) {
                Duration wait = Duration.between(clock.instant(), notYet.lookAgainAt());
                if (!http.waitWithin(wait, deadline)) {
                    return Either.left(ambiguous(draft, recovery.unresolved("the call-timeout leaves no time to wait "
                            + "until useapi.net must have finished it", Option.none()), List.empty(), sent.getLeft()));
                }
                continue;
            }
            if (resends >= http.retryPolicy().maxRetries()) {
                return Either.left(notMade((ElementsError.ProviderFailure) sent.getLeft()));
            }
            // Not made: sending the same body again cannot duplicate it.
            resends++;
            sentAt = clock.instant();
            sent = create(body);
        }
        return sent;
    }

    /** What an earlier create of the draft made, found in the listing as after a lost answer ({@link ListingRecovery}). */
    @Override
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        ListingRecovery recovery = new ListingRecovery(draft, since, MAX_PAGE_SIZE);
        return recovery.look(page -> page(page, Option.none(), false), clock.instant()).flatMap(found -> {
            if (found instanceof ListingRecovery.Made made) {
                return Either.right(Option.some(succeeded(made.elements()).withIdempotencyKey(draft.idempotencyKey())));
            }
            if (found instanceof ListingRecovery.Several several) {
                return Either.left(new ElementsError.CreationUnknown(recovery.unresolved("the listing holds "
                        + several.candidates().size() + " elements that may be it: "
                        + several.candidates().mkString(", "), Option.none()), draft.idempotencyKey(),
                        several.candidates(), 0, Option.none(), Option.none()));
            }
            if (found instanceof ListingRecovery.NotYet) {
                return Either.left(new ElementsError.CreationUnknown(recovery.unresolved("useapi.net may still be "
                        + "making it; ask again in a minute", Option.none()), draft.idempotencyKey(), List.empty(), 0,
                        Option.none(), Option.none()));
            }
            return Either.right(Option.<CreationTask>none());
        });
    }

    private Either<ElementsError, CreationTask> create(CreateElementBody body) {
        return http.call(CallKind.CREATE, () -> api.create(body), this::created);
    }

    private Either<String, CreationTask> created(CreatedElements created) {
        if (created.elements() == null || created.elements().isEmpty()) {
            return Either.left("the create was answered without any element");
        }
        return readAll(created.elements()).map(this::succeeded);
    }

    private CreationTask succeeded(Seq<Element> elements) {
        return CreationTask.of(CreationTaskId.of(elements.map(e -> e.id().value()).mkString(TASK_ID_SEPARATOR)),
                        TaskState.SUCCEEDED)
                .withElements(elements)
                .withTimes(elements.head().createdAt(), elements.head().updatedAt());
    }

    private static boolean isAmbiguous(ElementsError error) {
        return error instanceof ElementsError.ProviderFailure failure && failure.ambiguous();
    }

    /** The listing shows the create was not made: a definite failure, safe to send again. */
    private static ElementsError notMade(ElementsError.ProviderFailure failure) {
        return failure.knownNotToHaveTakenEffect("; useapi.net's listing shows nothing was made, "
                + "so the draft can be sent again");
    }

    private static ElementsError ambiguous(ElementDraft draft, String message, Seq<ElementId> candidates,
                                           ElementsError cause) {
        ElementsError.ProviderFailure failure = (ElementsError.ProviderFailure) cause;
        return new ElementsError.CreationUnknown(message, draft.idempotencyKey(), candidates, failure.status(),
                failure.vendorCode(), failure.requestId());
    }

    // ---- queries -------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return checked(id).flatMap(valid -> http.call(CallKind.READ, () -> api.element(valid, query()), this::read)
                .fold(error -> error instanceof ElementsError.NotFound ? Either.right(Option.<Element>none()) : Either.left(error),
                        found -> Either.right(Option.some(found))));
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        // useapi keeps no deleted elements, so includeDeleted changes nothing.
        return page(page, filter.tag(), false);
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return page(page, Option.none(), true);
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return http.call(CallKind.READ, () -> api.tags(query()), answer -> answer.tagList() == null
                ? Either.left("the tag catalogue came without tagList")
                : Either.right(List.ofAll(answer.tagList()).flatMap(UseapiConversions::tag).distinct()));
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return http.call(CallKind.READ, () -> api.voices(query()), answer -> {
            if (answer.voices() == null) {
                return Either.left("the voice catalogue came without voices");
            }
            Seq<UseapiVoice> voices = List.ofAll(answer.voices());
            return voices.flatMap(UseapiConversions::problem).headOption()
                    .<Either<String, Seq<Voice>>>map(Either::left)
                    .getOrElse(() -> Either.right(voices.map(mapper::voice)));
        });
    }

    // ---- deletion ------------------------------------------------------------------------------------------

    /** 404 means it is gone already; a {@code {"deleted": 0}} likewise. */
    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return checked(id).flatMap(valid -> http.<String>call(CallKind.DELETE, () -> api.delete(valid, query()))
                .fold(error -> error instanceof ElementsError.NotFound
                                ? Either.right(Deletion.alreadyAbsent(id)) : Either.left(error),
                        body -> Either.right(deletedNothing(body) ? Deletion.alreadyAbsent(id) : Deletion.deleted(id))));
    }

    /** The success status and body of a delete are not documented beyond {@code {deleted: number}}: only 0 means nothing. */
    private static boolean deletedNothing(String body) {
        return Json.tree(body).map(tree -> tree.path("deleted"))
                .exists(deleted -> deleted.isIntegralNumber() && deleted.longValue() == 0);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Either<ElementsError, Page<Element>> page(PageRequest requested, Option<Tag> tag, boolean official) {
        PageRequest page = PageRequest.of(requested.page(), Math.min(requested.size(), MAX_PAGE_SIZE));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("pageNum", page.page());
        query.put("pageSize", page.size());
        tag.forEach(t -> query.put("tag", UseapiConversions.wireTag(t)));
        if (official) {
            query.put("official", true);
        }
        email.forEach(e -> query.put("email", e));
        return http.call(CallKind.READ, () -> api.list(query), (ElementsPage answer) -> {
            if (answer.elementsList() == null) {
                return Either.left("a page came without elementsList");
            }
            return readAll(answer.elementsList()).map(items -> {
                Option<Long> total = Option.of(answer.total());
                boolean more = total.map(t -> (long) page.page() * page.size() < t)
                        .getOrElse(items.size() >= page.size());
                return new Page<>(items, page, total, more);
            });
        });
    }

    private Either<String, Seq<Element>> readAll(java.util.List<UseapiElement> elements) {
        Seq<UseapiElement> all = List.ofAll(elements);
        return all.flatMap(UseapiConversions::problem).headOption()
                .<Either<String, Seq<Element>>>map(Either::left)
                .getOrElse(() -> Either.right(all.map(mapper::element)));
    }

    private Either<String, Element> read(UseapiElement element) {
        return readAll(java.util.List.of(element)).map(Seq::head);
    }

    private Map<String, Object> query() {
        Map<String, Object> query = new LinkedHashMap<>();
        email.forEach(e -> query.put("email", e));
        return query;
    }

    /** An id that could not name a useapi element (useapi's are {@code u_…}/{@code o_…}) never reaches a URL path. */
    private static Either<ElementsError, String> checked(ElementId id) {
        return id.value().matches(ELEMENT_ID) ? Either.right(id.value())
                : Either.left(new ElementsError.InvalidRequest("'" + id.value() + "' is not a " + UseapiErrors.VENDOR
                        + " element id (letters, digits, '_' and '-' only)", List.empty(), Option.none(), Option.none()));
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
