package io.elements4j.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.time.Backoff;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One bulk run, many workers, one database: each draft created once, a dead worker's drafts taken over. */
class SharedBulkRunTest {

    private final DataSource db = TestDatabases.fresh();

    static Seq<ElementDraft> drafts(int count) {
        return List.range(0, count)
                .map(i -> ElementDraft.image("Fleet" + i, MediaSource.url("https://example.com/f.jpg"))
                        .extras(MediaSource.url("https://example.com/s.jpg"))
                        .description("A courier")
                        .idempotencyKey(IdempotencyKey.of("fleet-" + i))
                        .build());
    }

    private static Map<String, Integer> made(VendorSimulator vendor) {
        return vendor.creations()
                .groupBy(AcceptedCreate::name)
                .mapValues(Seq::size)
                .toJavaMap();
    }

    @Test
    void two_workers_drain_one_run_each_draft_created_once_and_every_outcome_readable_from_a_third_instance()
            throws Exception {
        Seq<ElementDraft> drafts = drafts(30);
        try (VendorSimulator vendor = Sandboxes.start("kling-official");
                PostgresFleet fleetA =
                        PostgresFleet.builder(db).instance("worker-a").build();
                PostgresFleet fleetB =
                        PostgresFleet.builder(db).instance("worker-b").build();
                PostgresFleet reader = PostgresFleet.builder(db).instance("web").build()) {
            vendor.completeTasksAfterPolls(1);
            AwaitOptions quick =
                    AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofMillis(10), Duration.ofMillis(20), 2.0, 0));
            BulkOptions options = BulkOptions.defaults().withConcurrency(4, 8).withAwait(quick);
            try (Elements a = Elements.builder()
                            .provider("kling-official")
                            .config(vendor.configuration().toJavaMap())
                            .systemProperties(new Properties())
                            .env(Map.of())
                            .build();
                    Elements b = Elements.builder()
                            .provider("kling-official")
                            .config(vendor.configuration().toJavaMap())
                            .systemProperties(new Properties())
                            .env(Map.of())
                            .build()) {
                SharedBulkRun runA = fleetA.bulkRun("library");
                SharedBulkRun runB = fleetB.bulkRun("library");
                assertThat(runA.enqueue(drafts)).isEqualTo(30);
                assertThat(runB.enqueue(drafts)).as("enqueued once, by key").isZero();

                CompletableFuture<Integer> workerA = CompletableFuture.supplyAsync(() -> runA.work(a, drafts, options));
                CompletableFuture<Integer> workerB = CompletableFuture.supplyAsync(() -> runB.work(b, drafts, options));

                assertThat(workerA.get(60, TimeUnit.SECONDS) + workerB.get(60, TimeUnit.SECONDS))
                        .as("every draft ended by one worker or the other")
                        .isEqualTo(30);
            }
            assertThat(made(vendor))
                    .as("each draft created once")
                    .hasSize(30)
                    .containsOnlyKeys(drafts.map(ElementDraft::name).toJavaList())
                    .values()
                    .containsOnly(1);
            SharedBulkRun read = reader.bulkRun("library");
            assertThat(read.results().map(DraftOutcome::status))
                    .containsOnly(DraftOutcome.Status.SUCCEEDED)
                    .hasSize(30);
            DraftOutcome first = read.result(IdempotencyKey.of("fleet-0")).get();
            assertThat(first.taskId()).isNotEmpty();
            assertThat(first.elements()).isNotEmpty();
            assertThat(first.claimedBy()).as("no longer claimed").isEmpty();
            assertThat(read.result(IdempotencyKey.of("no-such-draft"))).isEmpty();
        }
    }

    /**
     * A worker died holding a claim on 8 drafts: it had sent 0-2 without hearing back, 3-4 with their tasks
     * written, and 5-6 not at all though their intents were written; 7 it had not reached. Its lease has ended. The
     * next worker resolves each through the vendor before sending anything: Kling by the draft's key, useapi in its
     * listing, and Evolink, which cannot be asked, not at all (those drafts end ambiguous, never sent twice).
     */
    @ParameterizedTest
    @ValueSource(strings = {"kling-official", "useapi", "evolink"})
    void a_dead_workers_drafts_are_taken_over_when_its_lease_ends_and_resolved_through_the_vendor_first(String provider)
            throws Exception {
        VirtualTime time = VirtualTime.startingNow();
        VirtualScheduler scheduler = new VirtualScheduler(time);
        Seq<ElementDraft> drafts = drafts(8);
        try (VendorSimulator vendor = Sandboxes.start(provider);
                PostgresFleet fleet = PostgresFleet.builder(db).instance("next").build()) {
            vendor.useClock(time.clock());
            vendor.completeTasksAfterPolls(1);
            try (Elements elements = Elements.builder()
                    .provider(provider)
                    .config(vendor.configuration().toJavaMap())
                    .systemProperties(new Properties())
                    .env(Map.of())
                    .clock(time.clock())
                    .sleeper(time)
                    .random(new SplittableRandom(5))
                    .asyncExecutor(Runnable::run)
                    .scheduler(scheduler)
                    .build()) {
                SharedBulkRun run = fleet.bulkRun("import");
                run.enqueue(drafts);
                java.util.List<CreationTask> sent = new ArrayList<>();
                for (int i = 0; i <= 4; i++) {
                    sent.add(elements.submit(drafts.get(i)).get()); // what the dead worker sent
                }
                // It died ten seconds ago, just after sending: the vendor may still be making what it sent.
                java.sql.Timestamp intent = java.sql.Timestamp.from(time.now().minusSeconds(10));
                for (int i = 0; i <= 6; i++) {
                    execute(
                            "UPDATE elements4j_bulk_drafts SET claimed_by = 'dead', lease = 1,"
                                    + " lease_until = now() - interval '1 second', intent_at = ?,"
                                    + " task_id = ? WHERE run = 'import' AND draft_key = ?",
                            intent,
                            i == 3 || i == 4 ? sent.get(i).id().value() : null,
                            "fleet-" + i);
                }

                CompletableFuture<Integer> worked = CompletableFuture.supplyAsync(() -> run.work(
                        elements,
                        drafts,
                        BulkOptions.defaults()
                                .withConcurrency(2, 4)
                                .withAwait(AwaitOptions.DEFAULT.withBackoff(
                                        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 2.0, 0)))));
                scheduler.runUntil(worked::isDone, Duration.ofSeconds(30));
                assertThat(worked.get()).isEqualTo(8);

                Map<String, Integer> made = made(vendor);
                assertThat(made.values()).as("never sent twice").containsOnly(1);
                Seq<DraftOutcome> outcomes = run.results();
                if (!provider.equals("evolink")) {
                    assertThat(outcomes.map(DraftOutcome::status))
                            .as("Kling is asked by key; useapi's drafts are looked for in its listing")
                            .containsOnly(DraftOutcome.Status.SUCCEEDED);
                    assertThat(made).as("5 and 6 were found not made, and sent").hasSize(8);
                } else {
                    assertThat(outcomes.map(DraftOutcome::status))
                            .containsExactly(
                                    DraftOutcome.Status.AMBIGUOUS, DraftOutcome.Status.AMBIGUOUS,
                                    DraftOutcome.Status.AMBIGUOUS, DraftOutcome.Status.SUCCEEDED,
                                    DraftOutcome.Status.SUCCEEDED, DraftOutcome.Status.AMBIGUOUS,
                                    DraftOutcome.Status.AMBIGUOUS, DraftOutcome.Status.SUCCEEDED);
                    assertThat(outcomes.get(0).errorType()).contains("CreationUnknown");
                    assertThat(outcomes.get(0).message()).contains("fleet-0");
                    assertThat(made)
                            .as("what cannot be asked about is not sent again")
                            .hasSize(6)
                            .doesNotContainKeys("Fleet5", "Fleet6");
                }
            }
        }
    }

    @Test
    void drafts_sharing_a_key_and_a_run_without_a_name_are_refused() {
        try (PostgresFleet fleet = PostgresFleet.builder(db).build()) {
            ElementDraft draft = drafts(1).head();
            assertThatThrownBy(() -> fleet.bulkRun("run").enqueue(List.of(draft, draft)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("share the idempotency key");
            assertThatThrownBy(() -> fleet.bulkRun(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("run's name");
            assertThat(fleet.bulkRun("run").results()).as("nothing enqueued").isEmpty();
        }
    }

    private void execute(String sql, java.sql.Timestamp intent, String taskId, String key) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, intent);
            s.setString(2, taskId);
            s.setString(3, key);
            s.executeUpdate();
        }
    }
}
