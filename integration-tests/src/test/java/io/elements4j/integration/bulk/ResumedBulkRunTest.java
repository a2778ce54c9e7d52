package io.elements4j.integration.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.client.bulk.FileCreationJournal;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.time.Backoff;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bulk run killed after k journal writes, then run again over the same journal: on Kling and useapi every draft
 * ends created exactly once; on Evolink and the queue none is created twice, and one the vendor cannot be asked
 * about is reported as {@code CreationUnknown}.
 */
class ResumedBulkRunTest {

    private static final int DRAFTS = 5;
    private static final AwaitOptions WAITS =
            AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 2.0, 0.2));

    @TempDir
    Path dir;

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);

    /** Stops the run, as a killed process would, when the {@code k+1}-th write is attempted. */
    static final class Killed extends RuntimeException {
        Killed() {
            super("killed");
        }
    }

    record KillingJournal(CreationJournal inner, int[] left) implements CreationJournal {
        private void tick() {
            if (left[0]-- <= 0) {
                throw new Killed();
            }
        }

        @Override
        public void intent(IdempotencyKey key, String name, Instant at) {
            tick();
            inner.intent(key, name, at);
        }

        @Override
        public void created(IdempotencyKey key, CreationTask task) {
            tick();
            inner.created(key, task);
        }

        @Override
        public void refused(IdempotencyKey key) {
            tick();
            inner.refused(key);
        }

        @Override
        public void finished(IdempotencyKey key, Outcome outcome) {
            tick();
            inner.finished(key, outcome);
        }

        @Override
        public Map<IdempotencyKey, Entry> replay() {
            return inner.replay();
        }
    }

    static Seq<ElementDraft> drafts() {
        return List.range(0, DRAFTS)
                .map(i -> ElementDraft.image("Resumed" + i, MediaSource.url("https://example.com/front.jpg"))
                        .extras(MediaSource.url("https://example.com/side.jpg"))
                        .description("A courier")
                        .idempotencyKey(IdempotencyKey.of("resumed-" + i))
                        .build());
    }

    private Seq<Either<ElementsError, Awaited<CreationTask>>> run(Elements elements, CreationJournal journal) {
        CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all = elements.async()
                .createAll(
                        drafts(),
                        BulkOptions.defaults()
                                .withConcurrency(2, 4)
                                .withAwait(WAITS)
                                .withJournal(journal));
        scheduler.runUntil(all::isDone, Duration.ofSeconds(20));
        return all.join();
    }

    @ParameterizedTest(name = "{0}, killed after {1} then {2} writes")
    @CsvSource({
        "kling-official, 0, 3",
        "kling-official, 1, 4",
        "kling-official, 2, 1",
        "kling-official, 5, 2",
        "kling-official, 7, 3",
        "useapi, 0, 3",
        "useapi, 1, 4",
        "useapi, 2, 1",
        "useapi, 5, 2",
        "useapi, 7, 3",
        "evolink, 1, 4",
        "evolink, 2, 1",
        "evolink, 5, 2",
        "gmi-cloud, 1, 4",
        "gmi-cloud, 2, 1",
        "gmi-cloud, 5, 2"
    })
    void a_run_killed_twice_then_resumed_creates_no_draft_twice(String provider, int firstKill, int secondKill) {
        Path file = dir.resolve(provider + ".journal");
        try (VendorSimulator vendor = Sandboxes.start(provider)) {
            vendor.useClock(time.clock());
            vendor.completeTasksAfterPolls(1);
            try (Elements elements = facade(vendor, time, scheduler)) {
                for (int kill : new int[] {firstKill, secondKill}) {
                    try (FileCreationJournal journal = FileCreationJournal.open(file)) {
                        assertThatThrownBy(() -> run(elements, new KillingJournal(journal, new int[] {kill})))
                                .hasRootCauseInstanceOf(Killed.class);
                    }
                }
                Seq<Either<ElementsError, Awaited<CreationTask>>> results;
                try (FileCreationJournal journal = FileCreationJournal.open(file)) {
                    results = run(elements, journal);
                }
                java.util.Map<String, Long> made = vendor.creations()
                        .groupBy(AcceptedCreate::name)
                        .mapValues(Seq::size)
                        .mapValues(Integer::longValue)
                        .toJavaMap();
                assertThat(made.values())
                        .as("no draft created twice")
                        .allSatisfy(n -> assertThat(n).isEqualTo(1L));
                boolean askable = provider.equals("kling-official") || provider.equals("useapi");
                for (int i = 0; i < DRAFTS; i++) {
                    Either<ElementsError, Awaited<CreationTask>> result = results.get(i);
                    String name = "Resumed" + i;
                    if (askable || result.isRight()) {
                        assertThat(result.isRight()).as(name + ": " + result).isTrue();
                        assertThat(made).as(name + " made once").containsEntry(name, 1L);
                    } else {
                        assertThat(result.getLeft()).as(name).isInstanceOf(ElementsError.CreationUnknown.class);
                        assertThat(((ElementsError.CreationUnknown) result.getLeft()).idempotencyKey())
                                .isEqualTo(IdempotencyKey.of("resumed-" + i));
                    }
                }
                if (askable) {
                    assertThat(made).hasSize(DRAFTS);
                }
            }
        }
    }

    /** A facade on the vendor's sandbox, sharing the test's virtual time and scheduler, polling on the caller. */
    static Elements facade(VendorSimulator vendor, VirtualTime time, VirtualScheduler scheduler) {
        return Elements.builder()
                .provider(vendor.providerId())
                .config(vendor.configuration().toJavaMap())
                .systemProperties(new Properties())
                .env(java.util.Map.of())
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(11))
                .asyncExecutor(Runnable::run)
                .scheduler(scheduler)
                .build();
    }
}
