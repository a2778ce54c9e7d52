package io.elements4j.adapter.useapi;

import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.Json;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.useapi.internal.CreatedElements;
import io.elements4j.adapter.useapi.internal.ElementsPage;
import io.elements4j.adapter.useapi.internal.UseapiApi;
import io.elements4j.adapter.useapi.internal.UseapiElement;
import io.elements4j.adapter.useapi.internal.UseapiMapper;
import io.elements4j.adapter.useapi.internal.UseapiMappings;
import io.elements4j.adapter.useapi.internal.UseapiVoice;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.rules.ReferenceRules;
import io.elements4j.domain.rules.RuleProfiles;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.ElementsClient;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three ports over useapi.net's Kling elements API. Creation is synchronous: {@link #submit} answers a task that
 * has already succeeded, holding every element useapi made (three with {@code generateViews}), and there is no task
 * to look up later. The account {@code email}, when configured, goes in the query of every GET and DELETE and in the
 * body of the POST.
 */
final class UseapiClient implements ElementsClient {

    static final int MAX_PAGE_SIZE = 100;
    /** Task ids join the ids of the elements a create made; useapi has no task of its own. */
    static final String TASK_ID_SEPARATOR = ",";
    private static final String ELEMENT_ID = "[A-Za-z0-9_-]+";

    private final VendorHttp http;
    private final UseapiApi api;
    private final Option<String> email;
    private final UseapiMapper mapper = UseapiMapper.INSTANCE;

    UseapiClient(VendorHttp http, Option<String> email) {
        this.http = http;
        this.api = http.client(UseapiApi.class);
        this.email = email;
    }

    // ---- creation ------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return ElementsError.InvalidRequest.unlessValid(ReferenceRules.validate(draft, RuleProfiles.USEAPI))
                .flatMap(valid -> CreateRequests.body(valid, email))
                .flatMap(body -> http.<CreatedElements>call(CallKind.CREATE, () -> api.create(body)))
                .flatMap(this::succeededTask);
    }

    /** useapi answers creation at once; there is no task to look up. */
    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return Either.left(ElementsError.Unsupported.of(UseapiErrors.VENDOR, Capability.TASK_QUERY));
    }

    private Either<ElementsError, CreationTask> succeededTask(CreatedElements created) {
        if (created.elements() == null || created.elements().isEmpty()) {
            return Either.left(unreadable("the create was answered without any element", true));
        }
        return readAll(created.elements(), true).map(elements -> CreationTask.of(
                        CreationTaskId.of(elements.map(e -> e.id().value()).mkString(TASK_ID_SEPARATOR)),
                        TaskState.SUCCEEDED)
                .withElements(elements)
                .withTimes(elements.head().createdAt(), elements.head().updatedAt()));
    }

    // ---- queries -------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return checked(id).flatMap(valid -> http.<UseapiElement>call(CallKind.READ, () -> api.element(valid, query()))
                .fold(error -> error instanceof ElementsError.NotFound ? Either.right(Option.<Element>none()) : Either.left(error),
                        found -> read(found, false).map(Option::some)));
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
        return http.call(CallKind.READ, () -> api.tags(query())).flatMap(answer -> answer.tagList() == null
                ? Either.left(unreadable("the tag catalogue came without tagList", false))
                : Either.right(List.ofAll(answer.tagList()).flatMap(UseapiMappings::tag).distinct()));
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return http.call(CallKind.READ, () -> api.voices(query())).flatMap(answer -> {
            if (answer.voices() == null) {
                return Either.left(unreadable("the voice catalogue came without voices", false));
            }
            Seq<UseapiVoice> voices = List.ofAll(answer.voices());
            return voices.flatMap(UseapiMappings::problem).headOption()
                    .<Either<ElementsError, Seq<Voice>>>map(problem -> Either.left(unreadable(problem, false)))
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
        tag.forEach(t -> query.put("tag", tagKey(t)));
        if (official) {
            query.put("official", true);
        }
        email.forEach(e -> query.put("email", e));
        return http.<ElementsPage>call(CallKind.READ, () -> api.list(query)).flatMap(answer -> {
            if (answer.elementsList() == null) {
                return Either.left(unreadable("a page came without elementsList", false));
            }
            return readAll(answer.elementsList(), false).map(items -> {
                Option<Long> total = Option.of(answer.total());
                boolean more = total.map(t -> (long) page.page() * page.size() < t)
                        .getOrElse(items.size() >= page.size());
                return new Page<>(items, page, total, more);
            });
        });
    }

    private static String tagKey(Tag tag) {
        return tag instanceof Tag.Known known ? known.kind().useapiKey().getOrElse(known.kind().klingId()) : tag.id();
    }

    private Either<ElementsError, Seq<Element>> readAll(java.util.List<UseapiElement> elements, boolean created) {
        Seq<UseapiElement> all = List.ofAll(elements);
        return all.flatMap(UseapiMappings::problem).headOption()
                .<Either<ElementsError, Seq<Element>>>map(problem -> Either.left(unreadable(problem, created)))
                .getOrElse(() -> Either.right(all.map(mapper::element)));
    }

    private Either<ElementsError, Element> read(UseapiElement element, boolean created) {
        return readAll(java.util.List.of(element), created).map(Seq::head);
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

    /**
     * A 2xx answer we cannot use. After a create the elements exist but could not be read, so the caller must look
     * (list) before creating again: ambiguous.
     */
    private static ElementsError unreadable(String problem, boolean created) {
        return new ElementsError.ProviderFailure("the response from " + UseapiErrors.VENDOR + " could not be read (HTTP 200): "
                + problem + (created ? "; the elements may have been created, so list them before creating again" : ""),
                200, Option.none(), Option.none(), false, created);
    }

    /** Releases the vendor connections this client holds. */
    @Override
    public void close() {
        http.close();
    }
}
