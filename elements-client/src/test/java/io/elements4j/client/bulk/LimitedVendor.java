package io.elements4j.client.bulk;

import io.elements4j.client.testproviders.TestProfiles;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * A vendor that runs at most {@code limit} tasks at once and answers a create beyond that with a rate limit (as
 * Kling's 1303); each task takes {@code taskTime} of virtual time. Single-threaded use (inline executor).
 */
final class LimitedVendor implements ElementsProvider {

    final VirtualTime time;
    final Duration taskTime;
    final Option<Duration> retryAfter;
    int limit;
    int rejected;
    /** When above 0: over the limit, the client retries this often inside the call, as an adapter does. */
    int innerRetries;

    Duration innerDelay = Duration.ofSeconds(3);
    int innerRetried;
    int peakRunning;
    /** Which limit a refusal says it hit; none, as a vendor whose answer does not tell. */
    Option<ElementsError.RateLimited.Limit> says = Option.none();
    /** When the first and the last create were accepted. */
    Instant firstAccepted;

    Instant lastAccepted;
    final Map<String, Integer> acceptedByName = new HashMap<>();
    final java.util.List<Instant> polls = new ArrayList<>();
    private final Map<String, Instant> doneAt = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();

    LimitedVendor(VirtualTime time, int limit, Duration taskTime, Option<Duration> retryAfter) {
        this.time = time;
        this.limit = limit;
        this.taskTime = taskTime;
        this.retryAfter = retryAfter;
    }

    int running() {
        Instant now = time.now();
        return (int) doneAt.values().stream().filter(now::isBefore).count();
    }

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(
                "kling-official",
                "Limited",
                HashSet.of(Capability.values()),
                TestProfiles.STRICT,
                "https://limited.invalid",
                List.of(ConfigKey.secret("api-key", "key", "KLING_API_KEY")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        return new VendorClient() {
            @Override
            public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                int attempt = 1;
                while (running() >= limit && attempt <= innerRetries) {
                    innerRetried++;
                    config.listener()
                            .callRetried(new CallRetried(
                                    "kling-official",
                                    "submit",
                                    attempt++,
                                    429,
                                    Option.some("1303"),
                                    Option.none(),
                                    "RateLimited",
                                    innerDelay,
                                    Option.none(),
                                    says));
                    time.advance(innerDelay);
                }
                if (running() >= limit) {
                    rejected++;
                    return Either.left(new ElementsError.RateLimited(
                            "too many parallel tasks", retryAfter, Option.some("1303"), Option.none(), says));
                }
                String id = "t-" + draft.name();
                doneAt.put(id, time.now().plus(taskTime));
                nameOf.put(id, draft.name());
                acceptedByName.merge(draft.name(), 1, Integer::sum);
                firstAccepted = firstAccepted == null ? time.now() : firstAccepted;
                lastAccepted = time.now();
                peakRunning = Math.max(peakRunning, running());
                return Either.right(CreationTask.of(CreationTaskId.of(id), TaskState.SUBMITTED));
            }

            @Override
            public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                polls.add(time.now());
                Instant done = doneAt.get(id.value());
                if (done == null) {
                    return Either.left(new ElementsError.NotFound("no task " + id, Option.none(), Option.none()));
                }
                return Either.right(
                        time.now().isBefore(done)
                                ? CreationTask.of(id, TaskState.PROCESSING)
                                : CreationTask.of(id, TaskState.SUCCEEDED)
                                        .withElementIds(List.of(ElementId.of("e-" + nameOf.get(id.value())))));
            }

            @Override
            public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
                return Either.right(new Page<>(List.empty(), page, Option.none(), false));
            }

            @Override
            public Either<ElementsError, Seq<Tag>> tags() {
                return Either.right(List.empty());
            }

            @Override
            public Either<ElementsError, Deletion> delete(ElementId id) {
                return Either.right(Deletion.deleted(id));
            }
        };
    }
}
