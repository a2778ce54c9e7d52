package io.elements4j.client.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
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
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bulk controller's reactions a user sees: to retried rate limits, to the vendor's parallel limit, to many waits. */
class BulkControllerTest {

    private static final AwaitOptions WAITS =
            AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(4), 2.0, 0.2));

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);

    private Elements virtual(ElementsProvider vendor) {
        return Elements.builder()
                .provider(vendor)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(7))
                .asyncExecutor(Runnable::run)
                .scheduler(scheduler)
                .build();
    }

    @Test
    void rate_limits_the_adapter_retried_inside_a_create_cut_the_limit_before_the_create_gives_up() {
        LimitedVendor vendor = new LimitedVendor(time, 5, Duration.ofSeconds(20), Option.none());
        vendor.innerRetries = 10;
        java.util.List<BulkProgress> reports = new ArrayList<>();
        try (Elements elements = virtual(vendor)) {
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all = elements.async()
                    .createAll(
                            BulkCreationTest.drafts(60),
                            BulkOptions.defaults()
                                    .withConcurrency(16, 16)
                                    .withAwait(WAITS)
                                    .withListener(reports::add));
            scheduler.runUntil(all::isDone, Duration.ofSeconds(20));

            assertThat(all.join()).allSatisfy(r -> assertThat(r.isRight()).isTrue());
            assertThat(vendor.rejected)
                    .as("no create gave up: every rate limit was retried inside the call")
                    .isZero();
            assertThat(vendor.innerRetried).isPositive();
            BulkProgress last = reports.get(reports.size() - 1);
            assertThat(last.rateLimited())
                    .as("the retried rate limits were counted")
                    .isPositive();
            assertThat(reports.stream()
                            .mapToInt(BulkProgress::concurrency)
                            .min()
                            .orElseThrow())
                    .as("the limit came down from 16 towards the vendor's 5")
                    .isLessThanOrEqualTo(8);
            assertThat(vendor.acceptedByName.values()).hasSize(60).containsOnly(1);
        }
    }

    @Test
    void a_run_climbs_to_a_vendors_high_parallel_limit_within_a_few_task_lengths() {
        LimitedVendor vendor = new LimitedVendor(time, 200, Duration.ofSeconds(20), Option.none());
        Instant start = time.now();
        Instant[] reached = {null};
        try (Elements elements = virtual(vendor)) {
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all = elements.async()
                    .createAll(
                            BulkCreationTest.drafts(1500),
                            BulkOptions.defaults()
                                    .withConcurrency(4, 256)
                                    .withAwait(WAITS)
                                    .withListener(p -> {
                                        if (reached[0] == null && vendor.running() >= 190) {
                                            reached[0] = time.now();
                                        }
                                    }));
            scheduler.runUntil(all::isDone, Duration.ofSeconds(20));
            assertThat(all.join()).allSatisfy(r -> assertThat(r.isRight()).isTrue());
        }
        assertThat(reached[0])
                .as("190 of the vendor's 200 slots in use at some point")
                .isNotNull();
        assertThat(Duration.between(start, reached[0]))
                .as("from 4 to 190 in flight")
                .isLessThan(Duration.ofSeconds(8 * 22));
    }

    @Test
    void a_vendor_that_says_its_parallel_tasks_are_full_keeps_the_run_at_its_limit_instead_of_below_it() {
        double toldWhichLimit = acceptanceRateAtTheLimit(Option.some(ElementsError.RateLimited.Limit.PARALLEL_TASKS));
        double notTold = acceptanceRateAtTheLimit(Option.none());

        assertThat(toldWhichLimit)
                .as("share of the throughput 50 slots of 20 s allow, refusals naming the limit")
                .isGreaterThanOrEqualTo(0.93);
        assertThat(toldWhichLimit)
                .as("against refusals that name no limit, which cut the run's limit by 15 %%: %.3f", notTold)
                .isGreaterThan(notTold + 0.02);
    }

    /** Creates per second from the first acceptance to the last, as a share of what 50 slots of 20 s allow. */
    private double acceptanceRateAtTheLimit(Option<ElementsError.RateLimited.Limit> says) {
        VirtualTime clock = VirtualTime.startingNow();
        VirtualScheduler runs = new VirtualScheduler(clock);
        LimitedVendor vendor = new LimitedVendor(clock, 50, Duration.ofSeconds(20), Option.none());
        vendor.says = says;
        vendor.innerRetries = 3;
        vendor.innerDelay = Duration.ofSeconds(1);
        int count = 1500;
        try (Elements elements = Elements.builder()
                .provider(vendor)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(clock.clock())
                .sleeper(clock)
                .random(new SplittableRandom(7))
                .asyncExecutor(Runnable::run)
                .scheduler(runs)
                .build()) {
            AwaitOptions waits = AwaitOptions.DEFAULT.withBackoff(
                    new Backoff(Duration.ofSeconds(21), Duration.ofSeconds(21), 2.0, 0.04));
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all = elements.async()
                    .createAll(
                            BulkCreationTest.drafts(count),
                            BulkOptions.defaults().withConcurrency(8, 200).withAwait(waits));
            runs.runUntil(all::isDone, Duration.ofSeconds(20));
            assertThat(all.join()).allSatisfy(r -> assertThat(r.isRight()).isTrue());
        }
        assertThat(vendor.acceptedByName.values()).hasSize(count).containsOnly(1);
        double seconds =
                Duration.between(vendor.firstAccepted, vendor.lastAccepted).toMillis() / 1000.0;
        return (count - 1) / seconds / (50 / 20.0);
    }

    @Test
    void without_an_executor_of_the_users_a_run_has_more_creates_in_flight_than_the_default_pool_has_threads() {
        int wanted = 24;
        CountDownLatch together = new CountDownLatch(wanted);
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger now = new AtomicInteger();
        ElementsProvider vendor = new BlockingVendor(() -> {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            together.countDown();
            try {
                together.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
        });
        try (Elements elements = Elements.builder()
                .provider(vendor)
                .config(Map.of("elements.kling-official.api-key", "k"))
                .systemProperties(new Properties())
                .env(Map.of())
                .build()) {
            Seq<Either<ElementsError, Awaited<CreationTask>>> results = elements.createAll(
                    BulkCreationTest.drafts(wanted), BulkOptions.defaults().withConcurrency(wanted, wanted));
            assertThat(results).allSatisfy(r -> assertThat(r.isRight()).isTrue());
            assertThat(peak.get()).as("creates in flight at once").isEqualTo(wanted);
        }
    }

    @Test
    void awaiting_many_tasks_spreads_their_first_polls_over_the_first_backoff_interval() {
        LimitedVendor vendor = new LimitedVendor(time, 100, Duration.ofSeconds(20), Option.none());
        try (Elements elements = virtual(vendor)) {
            List<CreationTaskId> ids = BulkCreationTest.drafts(40)
                    .map(d -> elements.submit(d).get().id())
                    .toList();

            elements.awaitAll(ids, WAITS);
            assertThat(maxPollsAtOneInstant(vendor))
                    .as("blocking awaitAll: polls at any one instant")
                    .isLessThanOrEqualTo(2);

            vendor.polls.clear();
            CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all =
                    elements.async().awaitAll(ids, WAITS);
            scheduler.runUntil(all::isDone, Duration.ofSeconds(20));
            assertThat(all.join()).allSatisfy(r -> assertThat(r.isRight()).isTrue());
            assertThat(maxPollsAtOneInstant(vendor))
                    .as("async awaitAll: polls at any one instant")
                    .isLessThanOrEqualTo(2);
        }
    }

    private static long maxPollsAtOneInstant(LimitedVendor vendor) {
        Map<Instant, Long> perInstant =
                vendor.polls.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        return perInstant.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** A synchronous vendor whose every create runs {@code during} before it answers. */
    private record BlockingVendor(Runnable during) implements ElementsProvider {
        @Override
        public ProviderMetadata metadata() {
            ProviderMetadata limited =
                    new LimitedVendor(VirtualTime.startingNow(), 1, Duration.ZERO, Option.none()).metadata();
            return limited;
        }

        @Override
        public VendorClient create(ProviderConfig config) {
            return new VendorClient() {
                @Override
                public Either<ElementsError, CreationTask> submit(ElementDraft draft) {
                    during.run();
                    return Either.right(CreationTask.of(CreationTaskId.of("t-" + draft.name()), TaskState.SUCCEEDED)
                            .withElementIds(List.of(ElementId.of("e-" + draft.name()))));
                }

                @Override
                public Either<ElementsError, CreationTask> task(CreationTaskId id) {
                    return Either.left(new ElementsError.NotFound("no task " + id, Option.none(), Option.none()));
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
}
