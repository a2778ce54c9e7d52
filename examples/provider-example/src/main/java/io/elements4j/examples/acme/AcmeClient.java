package io.elements4j.examples.acme;

import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.examples.acme.internal.AcmeApi;
import io.elements4j.examples.acme.internal.AcmeCharacter;
import io.elements4j.examples.acme.internal.AcmeJob;
import io.elements4j.examples.acme.internal.CharacterPage;
import io.elements4j.examples.acme.internal.CharacterRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.elements4j.ports.time.Deadline;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ports over Acme Elements: create (a job), job lookup, the cursor-paged listing and delete; nothing else, as
 * the facade checks drafts and capabilities before a call gets here. Mapping is by hand: four small records, where
 * a MapStruct mapper would need as many lines of configuration as it saves.
 */
final class AcmeClient implements io.elements4j.ports.api.VendorClient {

    static final int MAX_PAGE_SIZE = 50;

    private final VendorHttp http;
    private final AcmeApi api;

    AcmeClient(VendorHttp http) {
        this.http = http;
        this.api = http.client(AcmeApi.class);
    }

    /**
     * Sent with the draft's key as {@code Idempotency-Key}. A create whose answer is lost is looked up by that key;
     * only when Acme knows no job by it is the create sent again, under the same key, until the deadline.
     */
    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        String key = draft.idempotencyKey().value();
        return body(draft).flatMap(body -> {
            Deadline deadline = http.deadline();
            return deadline.within(() -> {
                Either<ElementsError, CreationTask> sent = create(key, body);
                for (int round = 1; isAmbiguous(sent) && http.pause(round, deadline); round++) {
                    Either<ElementsError, CreationTask> found = task(CreationTaskId.of(key));
                    if (found.isRight()) {
                        return found;
                    }
                    if (found.getLeft() instanceof ElementsError.NotFound) {
                        sent = create(key, body);
                    }
                }
                return sent;
            });
        });
    }

    private Either<ElementsError, CreationTask> create(String key, CharacterRequest body) {
        return http.call(CallKind.CREATE, () -> api.create(key, body), AcmeClient::task);
    }

    private static boolean isAmbiguous(Either<ElementsError, CreationTask> sent) {
        return sent.isLeft() && sent.getLeft() instanceof ElementsError.ProviderFailure failure && failure.ambiguous();
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return http.call(CallKind.READ, () -> api.job(id.value()), AcmeClient::task);
    }

    /** One page; the vendor's {@code next_cursor} becomes the next request. Acme has no tags, so a tag matches none. */
    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        int size = Math.min(page.size(), MAX_PAGE_SIZE);
        Map<String, Object> query = new LinkedHashMap<>();
        page.cursor().forEach(cursor -> query.put("cursor", cursor));
        query.put("limit", size);
        return http.call(CallKind.READ, () -> api.characters(query), (CharacterPage answer) -> {
            if (answer.items() == null || answer.items().stream().anyMatch(c -> c == null || c.id() == null)) {
                return Either.left("a page came without items, or with a character without an id");
            }
            Seq<Element> items = List.ofAll(answer.items()).map(AcmeClient::element)
                    .filter(e -> filter.tag().forAll(e.tags()::contains));
            Option<PageRequest> next = Option.of(answer.nextCursor()).filter(c -> !c.isBlank())
                    .map(page.withSize(size)::after);
            return Either.right(new Page<>(items, page, Option.none(), next));
        });
    }

    /** 204 when deleted; 404 means it was gone already. */
    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return http.<String>call(CallKind.DELETE, () -> api.delete(id.value()))
                .fold(error -> error instanceof ElementsError.NotFound
                                ? Either.right(Deletion.alreadyAbsent(id)) : Either.left(error),
                        ignored -> Either.right(Deletion.deleted(id)));
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "AcmeClient[" + http.baseUrl() + "]";
    }

    private static Either<ElementsError, CharacterRequest> body(ElementDraft draft) {
        if (!(draft.references() instanceof References.ImageReferences images)) {
            return Either.left(refused("Acme Elements makes image characters only"));
        }
        Seq<MediaSource> all = images.extras().prepend(images.frontal());
        if (!all.forAll(m -> m instanceof MediaSource.Url)) {
            return Either.left(refused("Acme Elements takes images by URL only"));
        }
        Seq<String> urls = all.map(m -> ((MediaSource.Url) m).url());
        return Either.right(new CharacterRequest(draft.name(), draft.description().getOrNull(), urls.head(),
                urls.tail().isEmpty() ? null : urls.tail().toJavaList()));
    }

    private static ElementsError refused(String message) {
        return new ElementsError.InvalidRequest(message, List.empty(), Option.none(), Option.none());
    }

    private static Either<String, CreationTask> task(AcmeJob job) {
        if (job.id() == null || job.id().isBlank()) {
            return Either.left("the job came without an id");
        }
        CreationTask task = CreationTask.of(CreationTaskId.of(job.id()), TaskState.SUBMITTED);
        return switch (job.status() == null ? "" : job.status()) {
            case "queued" -> Either.right(task.withState(TaskState.QUEUED));
            case "running" -> Either.right(task.withState(TaskState.PROCESSING));
            case "done" -> job.characterId() == null || job.characterId().isBlank()
                    ? Either.left("job " + job.id() + " is done but names no character")
                    : Either.right(task.withState(TaskState.SUCCEEDED)
                            .withElementIds(List.of(ElementId.of(job.characterId()))));
            case "failed" -> Either.right(task.withState(TaskState.FAILED)
                    .withFailureReason(job.error() == null ? "Acme Elements gave no reason" : job.error()));
            default -> Either.left("job " + job.id() + " has a status this library does not know: " + job.status());
        };
    }

    private static Element element(AcmeCharacter c) {
        return new Element(ElementId.of(c.id()), c.name() == null ? "" : c.name(),
                c.description() == null ? "" : c.description(), ReferenceKind.IMAGE, List.empty(), Option.none(),
                c.imageUrl() == null ? ElementMedia.none() : ElementMedia.images(c.imageUrl(), List.empty()),
                Origin.CUSTOM, ElementStatus.ACTIVE, Option.of(c.createdAt()), Option.none());
    }
}
