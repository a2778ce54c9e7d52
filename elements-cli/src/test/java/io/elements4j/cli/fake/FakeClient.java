package io.elements4j.cli.fake;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.domain.voice.VoiceId;
import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/** A client of a {@link FakeVendor}: checks the key, creates through tasks that finish after some polls. */
final class FakeClient implements VendorClient {

    private final FakeVendor vendor;
    private final String apiKey;
    private final int pollsToFinish;

    FakeClient(FakeVendor vendor, String apiKey, int pollsToFinish) {
        this.vendor = vendor;
        this.apiKey = apiKey;
        this.pollsToFinish = pollsToFinish;
    }

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        return authorised(() -> {
            synchronized (vendor) {
                Option<Voice> voice = draft.voice() instanceof VoiceBinding.Existing existing
                        ? Option.some(Voice.official(existing.id(), "Bound voice"))
                        : Option.none();
                Element element = new Element(
                        ElementId.of(vendor.newId()),
                        draft.name(),
                        draft.description().getOrElse(""),
                        draft.references().kind(),
                        draft.tags(),
                        voice,
                        ElementMedia.none(),
                        Origin.CUSTOM,
                        ElementStatus.ACTIVE,
                        Option.none(),
                        Option.none());
                CreationTask task = CreationTask.of(CreationTaskId.of("task-" + vendor.newId()), TaskState.SUBMITTED)
                        .withIdempotencyKey(draft.idempotencyKey());
                // Test hooks by name: "Never…" never finishes, "Doomed…" fails.
                int polls = draft.name().startsWith("Never") ? Integer.MAX_VALUE : pollsToFinish;
                FakeVendor.Pending pending = new FakeVendor.Pending(task, polls, element);
                vendor.tasks.put(task.id().value(), pending);
                if (pollsToFinish == 0) {
                    finish(pending);
                }
                return Either.right(pending.task);
            }
        });
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return authorised(() -> {
            synchronized (vendor) {
                FakeVendor.Pending pending = vendor.tasks.get(id.value());
                if (pending == null) {
                    return Either.left(
                            new ElementsError.NotFound("no task " + id, Option.some("404"), Option.some("req-" + id)));
                }
                if (!pending.task.isTerminal()) {
                    pending.pollsLeft--;
                    if (pending.pollsLeft <= 0) {
                        finish(pending);
                    } else {
                        pending.task =
                                pending.task.withState(TaskState.PROCESSING).withProgress(50);
                    }
                }
                return Either.right(pending.task);
            }
        });
    }

    private void finish(FakeVendor.Pending pending) {
        if (pending.element.name().startsWith("Doomed")) {
            pending.task = pending.task.withState(TaskState.FAILED).withFailureReason("the photo shows no face");
            return;
        }
        vendor.elements.put(pending.element.id().value(), pending.element);
        pending.task = pending.task.withState(TaskState.SUCCEEDED).withElements(List.of(pending.element));
    }

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return authorised(() -> {
            synchronized (vendor) {
                return Either.right(Option.of(vendor.elements.get(id.value())));
            }
        });
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return authorised(() -> {
            synchronized (vendor) {
                Seq<Element> matching = List.ofAll(vendor.elements.values())
                        .filter(e -> filter.includeDeleted() || !e.isDeleted())
                        .filter(e -> filter.tag().forAll(e.tags()::contains));
                return Either.right(slice(matching, page));
            }
        });
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return authorised(() -> Either.right(slice(
                List.range(1, 4)
                        .map(i -> new Element(
                                ElementId.of("preset-" + i),
                                "Preset " + i,
                                "",
                                ReferenceKind.IMAGE,
                                List.of(Tag.of(TagKind.CHARACTER)),
                                Option.none(),
                                ElementMedia.none(),
                                Origin.OFFICIAL,
                                ElementStatus.ACTIVE,
                                Option.none(),
                                Option.none())),
                page)));
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return authorised(() -> Either.right(TagCatalogue.all()));
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return authorised(() -> Either.right(List.of(
                Voice.official(VoiceId.of("829824295735410756"), "Vivid Girl"),
                Voice.official(VoiceId.of("850087542757535834"), "Charming Uncle"))));
    }

    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return authorised(() -> {
            synchronized (vendor) {
                Element element = vendor.elements.get(id.value());
                if (element == null || element.isDeleted()) {
                    return Either.right(Deletion.alreadyAbsent(id));
                }
                vendor.elements.put(id.value(), element.withStatus(ElementStatus.DELETED));
                return Either.right(Deletion.deleted(id));
            }
        });
    }

    private static Page<Element> slice(Seq<Element> all, PageRequest page) {
        int from = (page.page() - 1) * page.size();
        return new Page<>(
                all.drop(from).take(page.size()),
                page,
                Option.some((long) all.size()),
                from + page.size() < all.size());
    }

    private <T> Either<ElementsError, T> authorised(Supplier<Either<ElementsError, T>> call) {
        if (!FakeVendor.CREDENTIAL.equals(apiKey)) {
            return Either.left(new ElementsError.Unauthorized(
                    "the API key was not accepted", Option.some("401"), Option.some("req-auth")));
        }
        return call.get();
    }
}
