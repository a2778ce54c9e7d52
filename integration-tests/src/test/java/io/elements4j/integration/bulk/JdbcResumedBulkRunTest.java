package io.elements4j.integration.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.journal.jdbc.JdbcCreationJournal;
import io.elements4j.ports.time.Backoff;
import io.elements4j.sandbox.AcceptedCreate;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ResumedBulkRunTest}'s kill-and-resume, with the journal in an embedded database: each opening of the journal
 * is a new process's, reading only what the database committed.
 */
class JdbcResumedBulkRunTest {

    private static final AwaitOptions WAITS =
            AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 2.0, 0.2));

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);

    private Seq<Either<ElementsError, Awaited<CreationTask>>> run(Elements elements, CreationJournal journal) {
        CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> all = elements.async()
                .createAll(
                        ResumedBulkRunTest.drafts(),
                        BulkOptions.defaults()
                                .withConcurrency(2, 4)
                                .withAwait(WAITS)
                                .withJournal(journal));
        scheduler.runUntil(all::isDone, Duration.ofSeconds(20));
        return all.join();
    }

    @ParameterizedTest(name = "{0}, killed after {1} then {2} writes")
    @CsvSource({
        "kling-official, 1, 4",
        "kling-official, 5, 2",
        "useapi, 2, 1",
        "useapi, 7, 3",
        "evolink, 1, 4",
        "gmi-cloud, 5, 2"
    })
    void a_run_killed_twice_then_resumed_from_the_database_creates_no_draft_twice(
            String provider, int firstKill, int secondKill) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:resume-" + provider + "-" + firstKill + ";DB_CLOSE_DELAY=-1");
        try (VendorSimulator vendor = Sandboxes.start(provider)) {
            vendor.useClock(time.clock());
            vendor.completeTasksAfterPolls(1);
            try (Elements elements = ResumedBulkRunTest.facade(vendor, time, scheduler)) {
                for (int kill : new int[] {firstKill, secondKill}) {
                    JdbcCreationJournal journal = JdbcCreationJournal.open(database, "library");
                    assertThatThrownBy(() ->
                                    run(elements, new ResumedBulkRunTest.KillingJournal(journal, new int[] {kill})))
                            .hasRootCauseInstanceOf(ResumedBulkRunTest.Killed.class);
                }
                Seq<Either<ElementsError, Awaited<CreationTask>>> results =
                        run(elements, JdbcCreationJournal.open(database, "library"));

                Map<String, Long> made = vendor.creations()
                        .groupBy(AcceptedCreate::name)
                        .mapValues(Seq::size)
                        .mapValues(Integer::longValue)
                        .toJavaMap();
                assertThat(made.values())
                        .as("no draft created twice")
                        .allSatisfy(n -> assertThat(n).isEqualTo(1L));
                boolean askable = provider.equals("kling-official") || provider.equals("useapi");
                for (int i = 0; i < results.size(); i++) {
                    Either<ElementsError, Awaited<CreationTask>> result = results.get(i);
                    if (askable || result.isRight()) {
                        assertThat(result.isRight())
                                .as("Resumed" + i + ": " + result)
                                .isTrue();
                        assertThat(made).containsEntry("Resumed" + i, 1L);
                    } else {
                        assertThat(result.getLeft()).isInstanceOf(ElementsError.CreationUnknown.class);
                        assertThat(((ElementsError.CreationUnknown) result.getLeft()).idempotencyKey())
                                .isEqualTo(IdempotencyKey.of("resumed-" + i));
                    }
                }
                if (askable) {
                    assertThat(made).hasSize(results.size());
                }
            }
        }
    }
}
