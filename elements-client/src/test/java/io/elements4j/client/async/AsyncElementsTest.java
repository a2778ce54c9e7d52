package io.elements4j.client.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.internal.waiter.Waiter;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The async facade on virtual time: waits hold no thread, cancelling stops polls, outcomes match blocking waits. */
class AsyncElementsTest {

    private static final int POOL = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final AwaitOptions OPTIONS =
            AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 2.0, 0.2));

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);
    private final ExecutorService pool = Executors.newFixedThreadPool(POOL);
    private final ConcurrentLinkedQueue<Object> waitEvents = new ConcurrentLinkedQueue<>();

    private Elements elements(PollingProvider provider) {
        return elements(provider, pool);
    }

    /** On {@code Runnable::run}, each poll runs inside the scheduler's step: the order of events is exact. */
    private Elements inline(PollingProvider provider) {
        return elements(provider, Runnable::run);
    }

    private Elements elements(PollingProvider provider, Executor executor) {
        return Elements.builder()
                .provider(provider)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(3))
                .asyncExecutor(executor)
                .scheduler(scheduler)
                .listener(new ElementsListener() {
                    @Override
                    public void waitStarted(WaitStarted event) {
                        waitEvents.add(event);
                    }

                    @Override
                    public void waitEnded(WaitEnded event) {
                        waitEvents.add(event);
                    }
                })
                .build();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void a_wait_seen_done_is_no_longer_pending() {
        try (Elements elements = inline(PollingProvider.succeedingOnPoll(2))) {
            AtomicInteger pendingWhenDone = new AtomicInteger(-1);
            CompletableFuture<Void> seen = elements.async()
                    .await(CreationTaskId.of("t-1"), OPTIONS)
                    .thenRun(() -> pendingWhenDone.set(elements.async().pendingWaits()));

            scheduler.runUntil(seen::isDone, PATIENCE);

            assertThat(pendingWhenDone)
                    .as("pending waits as the caller's own callback on the finished wait sees them")
                    .hasValue(0);
        }
    }

    @Test
    void a_thousand_concurrent_waits_complete_on_a_bounded_number_of_threads() {
        PollingProvider provider = PollingProvider.succeedingOnPoll(3);
        int threadsBefore = Thread.activeCount();
        try (Elements elements = elements(provider)) {
            java.util.List<CompletableFuture<Either<ElementsError, Awaited<CreationTask>>>> waits = IntStream.range(
                            0, 1000)
                    .mapToObj(i -> elements.async().await(CreationTaskId.of("t-" + i), OPTIONS))
                    .toList();
            int peakThreads = Thread.activeCount();

            scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone), PATIENCE);

            assertThat(waits)
                    .allSatisfy(w -> assertThat(w.join().get().value().state()).isEqualTo(TaskState.SUCCEEDED));
            assertThat(provider.totalPolls.get()).isEqualTo(3000);
            assertThat(provider.pollingThreads)
                    .as("every poll ran on the executor's threads")
                    .hasSizeLessThanOrEqualTo(POOL);
            assertThat(Math.max(peakThreads, Thread.activeCount()) - threadsBefore)
                    .as("threads started for 1,000 waits: the pool's, no thread per wait")
                    .isLessThanOrEqualTo(POOL);
            assertThat(elements.async().pendingWaits()).isZero();
            assertThat(time.now())
                    .as("the waits took virtual minutes, no real time")
                    .isAfter(VirtualTime.startingNow().now().plusSeconds(5));
        }
    }

    @Test
    void cancelling_a_wait_stops_its_polling_and_leaves_the_others_running() {
        PollingProvider provider = PollingProvider.succeedingOnPoll(5);
        try (Elements elements = inline(provider)) {
            CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> cancelled =
                    elements.async().await(CreationTaskId.of("t-cancel"), OPTIONS);
            CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> kept =
                    elements.async().await(CreationTaskId.of("t-keep"), OPTIONS);
            scheduler.runUntil(
                    () -> provider.pollsOf("t-cancel") >= 2
                            && provider.pollsOf("t-keep") >= 2
                            && scheduler.scheduled() == 2,
                    PATIENCE);

            int pollsAtCancel = provider.pollsOf("t-cancel");
            assertThat(cancelled.cancel(false)).isTrue();
            scheduler.runUntil(kept::isDone, PATIENCE);

            assertThat(kept.join().isRight()).isTrue();
            assertThat(provider.pollsOf("t-cancel"))
                    .as("no poll after the cancel")
                    .isEqualTo(pollsAtCancel);
            assertThat(scheduler.scheduled()).isZero();
            assertThat(waitEvents)
                    .contains(new WaitEnded(
                            "kling-official",
                            "t-cancel",
                            WaitEnded.CANCELLED,
                            ((WaitEnded) waitEvents.stream()
                                            .filter(e -> e instanceof WaitEnded w
                                                    && w.task().equals("t-cancel"))
                                            .findFirst()
                                            .orElseThrow())
                                    .duration()));
        }
    }

    @Test
    void cancelling_await_all_cancels_every_wait() {
        PollingProvider provider = PollingProvider.succeedingOnPoll(1000);
        try (Elements elements = inline(provider)) {
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all =
                    elements.async().awaitAll(List.of(CreationTaskId.of("a"), CreationTaskId.of("b")), OPTIONS);
            scheduler.runUntil(() -> provider.totalPolls.get() >= 4 && scheduler.scheduled() == 2, PATIENCE);

            all.cancel(false);
            int polls = provider.totalPolls.get();

            assertThat(scheduler.scheduled())
                    .as("both waits' next polls were dropped")
                    .isZero();
            assertThat(provider.totalPolls.get()).isEqualTo(polls);
            assertThat(elements.async().pendingWaits()).isZero();
        }
    }

    @Test
    void an_async_wait_ends_like_a_blocking_one_failed_or_unresolved_with_the_task_id() {
        PollingProvider failing = new PollingProvider(id -> id.equals("t-fail")
                ? Either.right(TaskState.FAILED)
                : Either.left(new ElementsError.NotFound("no such task", Option.none(), Option.none())));
        try (Elements elements = elements(failing)) {
            CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> failed =
                    elements.async().await(CreationTaskId.of("t-fail"), OPTIONS);
            CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> created = elements.async()
                    .createAndAwait(
                            ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
                                    .extras(MediaSource.url("https://example.com/side.jpg"))
                                    .description("Red-haired courier")
                                    .build(),
                            OPTIONS);
            scheduler.runUntil(() -> failed.isDone() && created.isDone(), PATIENCE);

            assertThat(failed.join().getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
            ElementsError unknown = created.join().getLeft();
            assertThat(unknown).isInstanceOf(ElementsError.TaskStateUnknown.class);
            assertThat(((ElementsError.TaskStateUnknown) unknown).taskId()).isEqualTo(CreationTaskId.of("t-1"));
            assertThat(failing.pollsOf("t-1"))
                    .as("ends after the same repeated errors a blocking wait allows")
                    .isEqualTo(Waiter.DEFINITE_AFTER);
        }
    }

    @Test
    void every_wait_is_reported_started_and_ended_blocking_or_not() {
        PollingProvider provider = PollingProvider.succeedingOnPoll(1);
        try (Elements elements = elements(provider)) {
            elements.await(CreationTaskId.of("t-sync"), OPTIONS);
            CompletableFuture<?> async = elements.async().await(CreationTaskId.of("t-async"), OPTIONS);
            scheduler.runUntil(async::isDone, PATIENCE);

            assertThat(waitEvents)
                    .filteredOn(e -> e instanceof WaitStarted)
                    .extracting(e -> ((WaitStarted) e).task())
                    .containsExactlyInAnyOrder("t-sync", "t-async");
            assertThat(waitEvents)
                    .filteredOn(e -> e instanceof WaitEnded)
                    .extracting(e -> ((WaitEnded) e).outcome())
                    .containsExactly(WaitEnded.SUCCESS, WaitEnded.SUCCESS);
        }
    }

    @Test
    void the_default_executor_and_scheduler_use_daemon_threads_and_stop_with_the_facade() throws Exception {
        PollingProvider provider = PollingProvider.succeedingOnPoll(1);
        Elements elements = Elements.builder()
                .provider(provider)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .build();
        Either<ElementsError, ?> found =
                elements.async().find(ElementId.of("e-1")).get();
        Thread worker = provider.pollingThreads.isEmpty()
                ? null
                : provider.pollingThreads.iterator().next();
        assertThat(found.isRight()).isTrue();
        assertThat(worker).isNull();
        Set<Thread> async = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("elements4j-"))
                .collect(Collectors.toSet());
        assertThat(async).isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());

        elements.close();
        for (Thread t : async) {
            t.join(5000);
        }
        assertThat(async).noneMatch(Thread::isAlive);
    }
}
