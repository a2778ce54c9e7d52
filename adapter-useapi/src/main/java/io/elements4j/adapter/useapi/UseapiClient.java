package io.elements4j.adapter.useapi;

import io.elements4j.adapter.support.AlreadyGone;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.ListingRecovery;
import io.elements4j.adapter.support.Paging;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.useapi.internal.CreateElementBody;
import io.elements4j.adapter.useapi.internal.CreateRequests;
import io.elements4j.adapter.useapi.internal.CreatedElements;
import io.elements4j.adapter.useapi.internal.ElementsPage;
import io.elements4j.adapter.useapi.internal.UseapiApi;
import io.elements4j.adapter.useapi.internal.UseapiConversions;
import io.elements4j.adapter.useapi.internal.UseapiElement;
import io.elements4j.adapter.useapi.internal.UseapiErrors;
import io.elements4j.adapter.useapi.internal.UseapiMapper;
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
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
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
    /** How long after a create was sent useapi may still be making it (its generated views take up to 60 s). */
    static final Duration SETTLE = Duration.ofSeconds(60);

    private static final Paging.PageNumbers PAGING = Paging.byPageNumber(MAX_PAGE_SIZE);
    private static final AlreadyGone GONE = AlreadyGone.whenNotFound();
    private static final String ELEMENT_ID = "[A-Za-z0-9_-]+";

    private final VendorHttp http;
    private final UseapiApi api;
    private final Option<String> email;
    private final ListingRecovery recovery;
    private final UseapiMapper mapper = UseapiMapper.INSTANCE;

    /** Task ids join the ids of the elements a create made ({@link ListingRecovery#succeeded}). */
    UseapiClient(VendorHttp http, Option<String> email) {
        this.http = http;
        this.api = http.client(UseapiApi.class);
        this.email = email;
        this.recovery = ListingRecovery.builder(http)
                .listing(MAX_PAGE_SIZE, page -> page(page, Option.none(), false))
                .nameSuffix(" [A-Za-z0-9]{5}", " #####")
                .settle(SETTLE)
                .mostMade(draft -> draft.generateViews() ? 3 : 1)
                .build();
    }

    // ---- creation ------------------------------------------------------------------------------------------

    /**
     * Creates, and when the answer is lost finds out from the listing what was made ({@link ListingRecovery}: useapi
     * names each element after the draft plus a space and a 5-character suffix, {@code MyChar ABC12}): the elements
     * found are the answer; when the vendor has had time and nothing was made, the same body is sent again; a create
     * still unresolved when the call's deadline comes is ambiguous, carrying any candidates.
     */
    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return CreateRequests.body(draft, email).flatMap(body -> recovery.create(draft, () -> create(body)));
    }

    /** What an earlier create of the draft made, found in the listing as after a lost answer. */
    @Override
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        return recovery.findCreated(draft, since);
    }

    private Either<ElementsError, CreationTask> create(CreateElementBody body) {
        return http.call(CallKind.CREATE, () -> api.create(body), this::created);
    }

    private Either<String, CreationTask> created(CreatedElements created) {
        if (created.elements() == null || created.elements().isEmpty()) {
            return Either.left("the create was answered without any element");
        }
        return readAll(created.elements()).map(ListingRecovery::succeeded);
    }

    // ---- queries -------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return checked(id)
                .flatMap(valid -> http.call(CallKind.READ, () -> api.element(valid, query()), this::read)
                        .fold(
                                error -> error instanceof ElementsError.NotFound
                                        ? Either.right(Option.<Element>none())
                                        : Either.left(error),
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
        return http.call(
                CallKind.READ,
                () -> api.tags(query()),
                answer -> answer.tagList() == null
                        ? Either.left("the tag catalogue came without tagList")
                        : Either.right(List.ofAll(answer.tagList())
                                .flatMap(UseapiConversions::tag)
                                .distinct()));
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return http.call(CallKind.READ, () -> api.voices(query()), answer -> {
            if (answer.voices() == null) {
                return Either.left("the voice catalogue came without voices");
            }
            Seq<UseapiVoice> voices = List.ofAll(answer.voices());
            return voices.flatMap(UseapiConversions::problem)
                    .headOption()
                    .<Either<String, Seq<Voice>>>map(Either::left)
                    .getOrElse(() -> Either.right(voices.map(mapper::voice)));
        });
    }

    // ---- deletion ------------------------------------------------------------------------------------------

    /** 404 means it is gone already; a {@code {"deleted": 0}} likewise. */
    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return checked(id)
                .flatMap(valid -> GONE.deletion(
                        id,
                        http.<String>call(CallKind.DELETE, () -> api.delete(valid, query())),
                        UseapiClient::deletedNothing));
    }

    /** The success status and body of a delete are not documented beyond {@code {deleted: number}}: only 0 means nothing. */
    private static boolean deletedNothing(String body) {
        return Json.tree(body)
                .map(tree -> tree.path("deleted"))
                .exists(deleted -> deleted.isIntegralNumber() && deleted.longValue() == 0);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Either<ElementsError, Page<Element>> page(PageRequest requested, Option<Tag> tag, boolean official) {
        PageRequest page = PAGING.clamp(requested);
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
            return readAll(answer.elementsList())
                    .map(items -> PAGING.page(page, items, answer.elementsList().size(), Option.of(answer.total())));
        });
    }

    /** Every element read, or what is wrong with the first that cannot be. A loop: a page holds up to 100. */
    private Either<String, Seq<Element>> readAll(java.util.List<UseapiElement> elements) {
        for (UseapiElement element : elements) {
            Option<String> problem = UseapiConversions.problem(element);
            if (problem.isDefined()) {
                return Either.left(problem.get());
            }
        }
        java.util.List<Element> read = new java.util.ArrayList<>(elements.size());
        for (UseapiElement element : elements) {
            read.add(mapper.element(element));
        }
        return Either.right(List.ofAll(read));
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
        return id.value().matches(ELEMENT_ID)
                ? Either.right(id.value())
                : Either.left(new ElementsError.InvalidRequest(
                        "'" + id.value() + "' is not a " + UseapiErrors.VENDOR
                                + " element id (letters, digits, '_' and '-' only)",
                        List.empty(),
                        Option.none(),
                        Option.none()));
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
