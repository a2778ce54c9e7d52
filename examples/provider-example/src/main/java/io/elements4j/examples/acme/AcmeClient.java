package io.elements4j.examples.acme;

import io.elements4j.adapter.support.AlreadyGone;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.ListingRecovery;
import io.elements4j.adapter.support.Paging;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.examples.acme.internal.AcmeApi;
import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * The ports over Acme Elements, where a task is a character (of the same id) and a ready character an element; the
 * facade checks drafts and capabilities before a call gets here.
 */
final class AcmeClient implements VendorClient {

    private static final Paging.Offsets PAGING = Paging.byOffset(50);

    private final VendorHttp http;
    private final AcmeApi api;
    private final ListingRecovery recovery;

    AcmeClient(VendorHttp http) {
        this.http = http;
        this.api = http.client(AcmeApi.class);
        this.recovery = ListingRecovery.builder(http)
                .listing(PAGING.maxSize(), page -> list(ElementFilter.all(), page))
                .settle(Duration.ofSeconds(10))
                .found(made ->
                        CreationTask.of(CreationTaskId.of(made.head().id().value()), TaskState.SUBMITTED))
                .build();
    }

    /** No key: a lost create is looked for in the listing, which shows it from the moment Acme accepts it. */
    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        AcmeApi.NewCharacter body = body(draft);
        return recovery.create(draft, () -> http.call(CallKind.CREATE, () -> api.create(body), AcmeClient::task));
    }

    @Override
    public Either<ElementsError, Option<CreationTask>> findCreated(ElementDraft draft, Instant since) {
        return recovery.findCreated(draft, since);
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return http.call(CallKind.READ, () -> api.character(id.value()), AcmeClient::task);
    }

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return task(CreationTaskId.of(id.value()))
                .map(task -> task.elements().headOption())
                .fold(
                        error -> error instanceof ElementsError.NotFound
                                ? Either.right(Option.none())
                                : Either.left(error),
                        Either::right);
    }

    /** One page, newest first; a tag filter is applied here, and the paging still walks every page. */
    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest requested) {
        PageRequest page = PAGING.clamp(requested);
        return http.call(
                CallKind.READ,
                () -> api.characters(PAGING.offset(page), page.size()),
                answer -> answer.items() == null || answer.items().stream().anyMatch(c -> c == null || c.id() == null)
                        ? Either.left("a page came without items, or with a character without an id")
                        : Either.right(PAGING.page(
                                page,
                                List.ofAll(answer.items())
                                        .map(AcmeClient::element)
                                        .filter(e -> filter.tag().forAll(e.tags()::contains)),
                                answer.items().size(),
                                Option.of(answer.total()))));
    }

    /** A 404 (Acme never had it, or forgot it) or a 409 (deleted already) means gone already. */
    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return AlreadyGone.whenNotFoundOrConflict()
                .deletion(id, http.<String>call(CallKind.DELETE, () -> api.delete(id.value())));
    }

    @Override
    public void close() {
        http.close();
    }

    /** The create's body: the facade lets through image drafts by URL only, as the rule profile says. */
    private static AcmeApi.NewCharacter body(ElementDraft draft) {
        References.ImageReferences images = (References.ImageReferences) draft.references();
        List<String> urls = images.extras()
                .prepend(images.frontal())
                .map(m -> ((MediaSource.Url) m).url())
                .toList();
        return new AcmeApi.NewCharacter(
                draft.name(),
                draft.description().getOrNull(),
                urls.head(),
                urls.tail().toJavaList(),
                draft.tags().map(Tag::id).toJavaList());
    }

    /** {@code processing}, {@code ready} (with the element) or {@code failed} (with Acme's reason). */
    private static Either<String, CreationTask> task(AcmeApi.Character c) {
        if (c.id() == null || c.id().isBlank()) {
            return Either.left("the character came without an id");
        }
        CreationTask task = CreationTask.of(CreationTaskId.of(c.id()), TaskState.PROCESSING);
        return switch (String.valueOf(c.status())) {
            case "processing" -> Either.right(task);
            case "ready" -> Either.right(task.withState(TaskState.SUCCEEDED).withElements(List.of(element(c))));
            case "failed" ->
                Either.right(task.withState(TaskState.FAILED)
                        .withFailureReason(Option.of(c.error()).getOrElse("Acme Elements gave no reason")));
            default -> Either.left("character " + c.id() + " has a status this library does not know: " + c.status());
        };
    }

    private static Element element(AcmeApi.Character c) {
        return Element.of(ElementId.of(c.id()), Option.of(c.name()).getOrElse(""), ReferenceKind.IMAGE)
                .withDescription(Option.of(c.description()).getOrElse(""))
                .withTags(List.ofAll(Option.of(c.tags()).getOrElse(java.util.List.of()))
                        .map(tag -> TagCatalogue.resolve(tag, tag)))
                .withMedia(c.imageUrl() == null ? ElementMedia.none() : ElementMedia.images(c.imageUrl(), List.empty()))
                .withTimes(Option.of(c.createdAt()), Option.none());
    }
}
