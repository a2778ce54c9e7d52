package io.elements4j.client.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** createAll against a vendor that rate-limits above N tasks in flight, on virtual time. */
class BulkCreationTest {

    private static final AwaitOptions WAITS =
            AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(4), 2.0, 0.2));

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);

    private Elements elements(LimitedVendor vendor) {
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

    static Seq<ElementDraft> drafts(int count) {
        return List.range(0, count)
                .map(i -> ElementDraft.image("Hero" + i, MediaSource.url("https://example.com/f.jpg"))
                        .extras(MediaSource.url("https://example.com/s.jpg"))
                        .description("A courier")
                        .idempotencyKey(IdempotencyKey.of("hero-" + i))
                        .build());
    }

    private Seq<Either<ElementsError, Awaited<CreationTask>>> run(
            Elements elements, Seq<ElementDraft> drafts, BulkOptions options) {
        CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all =
                elements.async().createAll(drafts, options);
        scheduler.runUntil(all::isDone, Duration.ofSeconds(20));
        return all.join();
    }

    @Test
    void the_limit_converges_near_the_vendors_parallel_task_limit_and_every_draft_is_created_once_in_order() {
        LimitedVendor vendor = new LimitedVendor(time, 10, Duration.ofSeconds(20), Option.none());
        java.util.List<BulkProgress> reports = new ArrayList<>();
        try (Elements elements = elements(vendor)) {
            Seq<Either<ElementsError, Awaited<CreationTask>>> results = run(
                    elements,
                    drafts(400),
                    BulkOptions.defaults()
                            .withConcurrency(2, 64)
                            .withAwait(WAITS)
                            .withListener(reports::add));

            assertThat(results.map(r -> r.get().value().elementIds().head()))
                    .as("answers in input order")
                    .isEqualTo(List.range(0, 400).map(i -> ElementId.of("e-Hero" + i)));
            assertThat(vendor.acceptedByName.values())
                    .as("each draft accepted once")
                    .hasSize(400)
                    .containsOnly(1);
            assertThat(vendor.rejected)
                    .as("the vendor's limit was hit and backed off from")
                    .isPositive();
            java.util.List<Integer> secondHalf = reports.subList(reports.size() / 2, reports.size()).stream()
                    .map(BulkProgress::concurrency)
                    .toList();
            double mean =
                    secondHalf.stream().mapToInt(Integer::intValue).average().orElse(0);
            assertThat(mean).as("mean limit once settled, vendor limit 10").isBetween(6.0, 12.0);
            assertThat(secondHalf)
                    .as("the limit stays near 10 once settled")
                    .allSatisfy(l -> assertThat(l).isBetween(3, 13));
            BulkProgress last = reports.get(reports.size() - 1);
            assertThat(last).isEqualTo(new BulkProgress(400, 400, 400, 0, 0, last.concurrency(), vendor.rejected));
            // 400 tasks of 20 s, 10 at a time, take 800 s at best.
            Duration took = Duration.between(VirtualTime.startingNow().now(), time.now());
            assertThat(took).as("throughput near the limit").isLessThan(Duration.ofSeconds(1200));
        }
    }

    @Test
    void the_limit_climbs_again_when_the_vendors_limit_lifts() {
        LimitedVendor vendor = new LimitedVendor(time, 5, Duration.ofSeconds(20), Option.some(Duration.ofSeconds(3)));
        java.util.List<BulkProgress> reports = new ArrayList<>();
        Instant start = time.now();
        try (Elements elements = elements(vendor)) {
            run(
                    elements,
                    drafts(600),
                    BulkOptions.defaults()
                            .withConcurrency(4, 64)
                            .withAwait(WAITS)
                            .withListener(p -> {
                                reports.add(p);
                                if (p.created() == 150) {
                                    vendor.limit = 40;
                                }
                            }));
            int before = reports.stream()
                    .filter(p -> p.created() > 50 && p.created() < 150)
                    .mapToInt(BulkProgress::concurrency)
                    .max()
                    .orElseThrow();
            int after = reports.stream()
                    .filter(p -> p.created() > 450)
                    .mapToInt(BulkProgress::concurrency)
                    .max()
                    .orElseThrow();
            assertThat(before).as("limit while the vendor takes 5").isLessThanOrEqualTo(7);
            assertThat(after).as("limit after the vendor takes 40").isGreaterThanOrEqualTo(25);
            assertThat(vendor.peakRunning).isGreaterThanOrEqualTo(25);
            assertThat(vendor.acceptedByName.values()).hasSize(600).containsOnly(1);
            assertThat(Duration.between(start, time.now())).isPositive();
        }
    }

    @Test
    void a_retry_after_pauses_every_new_send_until_it_has_passed() {
        LimitedVendor vendor = new LimitedVendor(time, 3, Duration.ofSeconds(20), Option.some(Duration.ofSeconds(7)));
        java.util.List<Instant> rejectedAt = new ArrayList<>();
        int[] lastRejected = {0};
        try (Elements elements = elements(vendor)) {
            run(
                    elements,
                    drafts(20),
                    BulkOptions.defaults()
                            .withConcurrency(8, 8)
                            .withAwait(WAITS)
                            .withListener(p -> {
                                if (p.rateLimited() > lastRejected[0]) {
                                    lastRejected[0] = p.rateLimited();
                                    rejectedAt.add(time.now());
                                }
                            }));
            assertThat(rejectedAt).isNotEmpty();
            Instant firstRejection = rejectedAt.get(0);
            // after the first rejection, no create is sent for 7 s: the vendor's next polls are the only calls
            assertThat(vendor.acceptedByName).hasSize(20);
            assertThat(vendor.rejected)
                    .as("one rejection per pause, not a burst")
                    .isLessThanOrEqualTo(20);
            assertThat(rejectedAt.stream()
                            .filter(t -> t.isAfter(firstRejection) && t.isBefore(firstRejection.plusSeconds(7)))
                            .count())
                    .isZero();
        }
    }

    @Test
    void the_waits_first_polls_are_spread_instead_of_all_at_once() {
        LimitedVendor vendor = new LimitedVendor(time, 100, Duration.ofSeconds(20), Option.none());
        try (Elements elements = elements(vendor)) {
            run(
                    elements,
                    drafts(50),
                    BulkOptions.defaults().withConcurrency(50, 50).withAwait(WAITS));
            Map<Instant, Long> perInstant =
                    vendor.polls.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            assertThat(perInstant.values().stream()
                            .mapToLong(Long::longValue)
                            .max()
                            .orElse(0))
                    .as("50 tasks sent at the same instant: at most polls at any one instant")
                    .isLessThanOrEqualTo(2);
        }
    }
}
