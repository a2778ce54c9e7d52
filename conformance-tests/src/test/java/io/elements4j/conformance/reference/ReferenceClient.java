package io.elements4j.conformance.reference;

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
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.time.Backoff;
import io.elements4j.ports.time.Deadline;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The reference implementation of the ports over {@link InMemoryVendor}: what a well-behaved adapter does, minus
 * HTTP. It retries reads and rate-limited creates, never re-sends a create that may have been accepted, recovers
 * one by its idempotency key, and keeps secrets out of messages. Broken variants override the marked hooks.
 */
public class ReferenceClient implements VendorClient {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), 2.0, 0.2);

    protected final InMemoryVendor vendor;
    private final ProviderConfig config;
    private final String apiKey;
    private final SplittableRandom random = new SplittableRandom(3);

    public ReferenceClient(InMemoryVendor vendor, ProviderConfig config) {
        this.vendor = vendor;
        this.config = config;
        this.apiKey = config.secret("api-key").map(s -> s.reveal()).getOrElse("");
    }

    // ---- hooks the broken variants override ------------------------------------------------------------------

    /** How an element is reported. */
    protected Element present(Element element) {
        return element;
    }

    /** How a task's state is reported. */
    protected TaskState present(TaskState state) {
        return state;
    }

    /** Whether to re-send a create whose outcome is unknown (a correct client never does). */
    protected boolean resendsAmbiguousCreates() {
        return false;
    }

    protected String unauthorizedMessage(String presentedKey) {
        return "the API key was rejected";
    }

    // ---- ports -----------------------------------------------------------------------------------------------

    @Override
    public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
        Deadline deadline = Deadline.currentOr(config.callTimeout(), config.clock());
        Either<ElementsError, CreationTask> sent = call(Operation.CREATE, () -> create(draft));
        if (resendsAmbiguousCreates()) {
            return sent.isLeft() && ambiguous(sent.getLeft()) ? call(Operation.CREATE, () -> create(draft)) : sent;
        }
        // The key makes a second send safe: look until the vendor answers, and send again only when nothing was made.
        for (int round = 1; sent.isLeft() && ambiguous(sent.getLeft()); round++) {
            Either<ElementsError, Option<CreationTask>> found = call(Operation.TASK, () -> Either.right(byKey(draft)));
            if (found.isRight()) {
                sent = found.get().isDefined()
                        ? Either.right(found.get().get())
                        : call(Operation.CREATE, () -> create(draft));
                continue;
            }
            Duration wait = BACKOFF.delay(round, random);
            if (!deadline.allows(wait) || !sleep(wait)) {
                return sent;
            }
        }
        return sent;
    }

    /** One create, as sent: no lookup, no second send (for broken variants). */
    protected final Either<ElementsError, CreationTask> submitOnce(ElementDraft draft) {
        return call(Operation.CREATE, () -> create(draft));
    }

    private static boolean ambiguous(ElementsError error) {
        return error instanceof ElementsError.ProviderFailure failure && failure.ambiguous();
    }

    private boolean sleep(Duration wait) {
        try {
            config.sleeper().sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Either<ElementsError, CreationTask> task(CreationTaskId id) {
        return call(Operation.TASK, () -> {
            InMemoryVendor.StoredTask stored = vendor.tasks.get(id.value());
            if (stored == null) {
                return Either.left(new ElementsError.NotFound("no task " + id, Option.none(), Option.none()));
            }
            advance(stored);
            return Either.right(stored.task.withState(present(stored.task.state())));
        });
    }

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return call(
                Operation.FIND,
                () -> Either.right(Option.of(vendor.elements.get(id.value())).map(this::present)));
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return call(Operation.LIST, () -> {
            Seq<Element> all = filter.includeDeleted() ? List.ofAll(vendor.elements.values()) : vendor.activeElements();
            Seq<Element> matching =
                    all.filter(e -> filter.tag().forAll(t -> e.tags().contains(t)));
            int from = (page.page() - 1) * page.size();
            Seq<Element> items = matching.drop(from).take(page.size()).map(this::present);
            return Either.right(
                    new Page<>(items, page, Option.some((long) matching.size()), from + page.size() < matching.size()));
        });
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return call(Operation.PRESETS, () -> {
            Seq<Element> presets = List.range(1, 4)
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
                            Option.none()));
            return Either.right(new Page<>(
                    presets.drop((page.page() - 1) * page.size()).take(page.size()),
                    page,
                    Option.some(3L),
                    page.page() * page.size() < 3));
        });
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return call(Operation.TAGS, () -> Either.right(TagCatalogue.all()));
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return call(
                Operation.VOICES,
                () -> Either.right(List.of(
                        Voice.official(VoiceId.of("829824295735410756"), "Vivid Girl"),
                        Voice.official(VoiceId.of("850087542757535834"), "Charming Uncle"))));
    }

    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return call(Operation.DELETE, () -> {
            Element element = vendor.elements.get(id.value());
            if (element == null || element.isDeleted()) {
                return Either.right(Deletion.alreadyAbsent(id));
            }
            vendor.elements.put(id.value(), element.withStatus(ElementStatus.DELETED));
            return Either.right(Deletion.deleted(id));
        });
    }

    // ---- the vendor's behaviour ------------------------------------------------------------------------------

    private Either<ElementsError, CreationTask> create(ElementDraft draft) {
        Option<CreationTask> existing = byKey(draft);
        if (existing.isDefined()) {
            return Either.right(existing.get());
        }
        CreationTask task = CreationTask.of(CreationTaskId.of("task-" + vendor.newId()), TaskState.SUBMITTED)
                .withIdempotencyKey(draft.idempotencyKey());
        InMemoryVendor.StoredTask stored =
                new InMemoryVendor.StoredTask(task, vendor.pollsUntilDone, vendor.nextFailure);
        vendor.nextFailure = Option.none();
        vendor.tasks.put(task.id().value(), stored);
        vendor.recordCreation(draft.name(), task.id().value(), config.clock().instant());
        pendingDrafts.put(task.id().value(), draft);
        if (stored.pollsLeft == 0) {
            finish(stored);
        }
        return Either.right(stored.task);
    }

    private final Map<String, ElementDraft> pendingDrafts = new HashMap<>();

    private Option<CreationTask> byKey(ElementDraft draft) {
        return List.ofAll(vendor.tasks.values())
                .map(s -> s.task)
                .find(t -> t.idempotencyKey().contains(draft.idempotencyKey()));
    }

    private void advance(InMemoryVendor.StoredTask stored) {
        if (stored.task.isTerminal()) {
            return;
        }
        stored.pollsLeft--;
        if (stored.pollsLeft <= 0) {
            finish(stored);
        } else {
            stored.task = stored.task.withState(TaskState.PROCESSING);
        }
    }

    private void finish(InMemoryVendor.StoredTask stored) {
        if (stored.failure.isDefined()) {
            stored.task = stored.task.withState(TaskState.FAILED).withFailureReason(stored.failure.get());
            return;
        }
        ElementDraft draft = pendingDrafts.get(stored.task.id().value());
        String id = vendor.newId();
        Option<Voice> voice = draft.voice() instanceof VoiceBinding.Existing existing
                ? Option.some(Voice.official(existing.id(), "bound voice"))
                : Option.none();
        Element element = new Element(
                ElementId.of(id),
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
        vendor.elements.put(id, element);
        stored.task = stored.task.withState(TaskState.SUCCEEDED).withElements(List.of(present(element)));
    }

    // ---- the "wire": faults, auth, retries ---------------------------------------------------------------------

    private <T> Either<ElementsError, T> call(Operation operation, Supplier<Either<ElementsError, T>> action) {
        int attempt = 0;
        while (true) {
            attempt++;
            Either<ElementsError, T> result = once(operation, action);
            if (result.isRight() || attempt > config.maxRetries() || !retryable(operation, result.getLeft())) {
                return result;
            }
            Duration wait = BACKOFF.delay(attempt, random);
            if (result.getLeft() instanceof ElementsError.RateLimited limited
                    && limited.retryAfter().isDefined()
                    && limited.retryAfter().get().compareTo(wait) > 0) {
                wait = limited.retryAfter().get();
            }
            try {
                config.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }

    private static boolean retryable(Operation operation, ElementsError error) {
        if (operation == Operation.CREATE) {
            return error instanceof ElementsError.RateLimited;
        }
        return error.retryable();
    }

    private <T> Either<ElementsError, T> once(Operation operation, Supplier<Either<ElementsError, T>> action) {
        synchronized (vendor) {
            Option<Fault> fault = vendor.receive(operation, "", config.clock().instant());
            if (!apiKey.equals(vendor.credential())) {
                return Either.left(
                        new ElementsError.Unauthorized(unauthorizedMessage(apiKey), Option.some("401"), Option.none()));
            }
            if (fault.isEmpty()) {
                return action.get();
            }
            boolean create = operation == Operation.CREATE;
            if (fault.get() instanceof Fault.Delay) {
                action.get();
                return Either.left(new ElementsError.ProviderFailure(
                        "the answer did not come within the read timeout",
                        0,
                        Option.none(),
                        Option.none(),
                        true,
                        create));
            }
            if (fault.get() instanceof Fault.ConnectionReset reset) {
                if (reset.processed()) {
                    action.get();
                }
                return Either.left(new ElementsError.ProviderFailure(
                        "the connection was reset", 0, Option.none(), Option.none(), !create, create));
            }
            if (fault.get() instanceof Fault.MalformedBody malformed) {
                if (malformed.processed()) {
                    action.get();
                }
                return Either.left(new ElementsError.ProviderFailure(
                        "the vendor's response could not be read", 200, Option.none(), Option.none(), !create, create));
            }
            return Either.left(asError((Fault.Status) fault.get(), create));
        }
    }

    private static ElementsError asError(Fault.Status s, boolean create) {
        Option<String> code = Option.some(s.vendorCode());
        return switch (s.status()) {
            case 400 ->
                s.vendorCode().equals("POLICY_REJECTED")
                        ? new ElementsError.PolicyRejected(s.message(), code, Option.none())
                        : new ElementsError.InvalidRequest(s.message(), List.empty(), code, Option.none());
            case 401 -> new ElementsError.Unauthorized(s.message(), code, Option.none());
            case 402 -> new ElementsError.InsufficientCredits(s.message(), code, Option.none());
            case 403 -> new ElementsError.Forbidden(s.message(), code, Option.none());
            case 404 -> new ElementsError.NotFound(s.message(), code, Option.none());
            case 429 -> new ElementsError.RateLimited(s.message(), s.retryAfter(), code, Option.none());
            default -> new ElementsError.ProviderFailure(s.message(), s.status(), code, Option.none(), true, create);
        };
    }
}
