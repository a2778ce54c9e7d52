package io.elements4j.client.async;

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
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Tasks that finish after a scripted number of polls; records every poll and the thread that made it. */
final class PollingProvider implements ElementsProvider {

    final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    final Set<Thread> pollingThreads = ConcurrentHashMap.newKeySet();
    final AtomicInteger totalPolls = new AtomicInteger();
    final AtomicInteger submits = new AtomicInteger();
    private final Function<String, Either<ElementsError, TaskState>> script;

    /** @param script the state (or error) a task answers on its n-th poll: id → answer, n counted by the caller */
    PollingProvider(Function<String, Either<ElementsError, TaskState>> script) {
        this.script = script;
    }

    /** Every task answers PROCESSING until its {@code n}-th poll, which answers SUCCEEDED. */
    static PollingProvider succeedingOnPoll(int n) {
        PollingProvider[] self = new PollingProvider[1];
        self[0] = new PollingProvider(
                id -> Either.right(self[0].polls.get(id).get() >= n ? TaskState.SUCCEEDED : TaskState.PROCESSING));
        return self[0];
    }

    int pollsOf(String id) {
        return polls.getOrDefault(id, new AtomicInteger()).get();
    }

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(
                "kling-official",
                "Polling",
                HashSet.of(Capability.values()),
                TestProfiles.STRICT,
                "https://polling.invalid",
                List.of(ConfigKey.secret("api-key", "key", "KLING_API_KEY")),
                PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Override
    public VendorClient create(ProviderConfig config) {
        return new VendorClient() {
            @Override
            public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                return Either.right(
                        CreationTask.of(CreationTaskId.of("t-" + submits.incrementAndGet()), TaskState.SUBMITTED));
            }

            @Override
            public Either<ElementsError, Option<Element>> find(ElementId id) {
                return Either.right(Option.none());
            }

            @Override
            public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
                return Either.right(new Page<>(List.empty(), page, Option.none(), false));
            }

            @Override
            public Either<ElementsError, Page<Element>> presets(PageRequest page) {
                return Either.right(new Page<>(List.empty(), page, Option.none(), false));
            }

            @Override
            public Either<ElementsError, Seq<Tag>> tags() {
                return Either.right(List.empty());
            }

            @Override
            public Either<ElementsError, Seq<Voice>> voices() {
                return Either.right(List.empty());
            }

            @Override
            public Either<ElementsError, Deletion> delete(ElementId id) {
                return Either.right(Deletion.deleted(id));
            }

            @Override
            public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                polls.computeIfAbsent(id.value(), k -> new AtomicInteger()).incrementAndGet();
                totalPolls.incrementAndGet();
                pollingThreads.add(Thread.currentThread());
                return script.apply(id.value()).map(state -> {
                    CreationTask task = CreationTask.of(id, state);
                    return state == TaskState.SUCCEEDED
                            ? task.withElementIds(List.of(ElementId.of("e-" + id.value())))
                            : state == TaskState.FAILED ? task.withFailureReason("no face found") : task;
                });
            }
        };
    }
}
