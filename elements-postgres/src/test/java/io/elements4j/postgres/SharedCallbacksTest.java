package io.elements4j.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.callback.CallbackRefusal;
import io.elements4j.ports.time.Backoff;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a host app on one database — two fleets (one per process) and a facade on each: a callback the
 * load balancer sends to one ends the waits on the other. The vendor never finishes a task on a poll and the
 * safety-net poll is a minute away, so every wait that ends within seconds was ended by the callback.
 */
class SharedCallbacksTest {

    private static final long SECONDS = 20;

    private final DataSource db = TestDatabases.fresh();
    private final PushedVendor vendor = new PushedVendor();
    private final List<AutoCloseable> open = new ArrayList<>();

    private PostgresFleet fleet(Duration catchUp) {
        PostgresFleet fleet = PostgresFleet.builder(db).catchUpEvery(catchUp).build();
        open.add(fleet);
        return fleet;
    }

    private Elements instance(PostgresFleet fleet) {
        Elements elements = fleet.configure(Elements.builder()
                        .provider(vendor)
                        .config(PushedVendor.CONFIG)
                        .systemProperties(new Properties())
                        .env(Map.of()))
                .build();
        open.add(0, elements);
        return elements;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void a_callback_to_one_instance_ends_the_blocking_and_the_async_waits_on_the_other() throws Exception {
        PostgresFleet fleetA = fleet(Duration.ofMinutes(10));
        Elements a = instance(fleetA);
        Elements b = instance(fleet(Duration.ofMinutes(10)));
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> async =
                a.async().createAndAwait(PushedVendor.draft("Maeva"));
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> blocking =
                CompletableFuture.supplyAsync(() -> a.createAndAwait(PushedVendor.draft("Bob")));
        fleetA.listeningNow().get(SECONDS, TimeUnit.SECONDS);
        while (a.taskUpdates().listening() < 2) {
            Thread.onSpinWait(); // both waits subscribed
        }

        assertThat(b.receiveCallback(PushedVendor.callback("done:t-1")).isRight())
                .isTrue();
        assertThat(b.receiveCallback(PushedVendor.callback("done:t-2")).isRight())
                .isTrue();

        for (CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait : List.of(async, blocking)) {
            CreationTask done = wait.get(SECONDS, TimeUnit.SECONDS).get().value();
            assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(done.elementIds().map(e -> e.value()))
                    .containsExactly("e-" + done.id().value());
        }
        assertThat(vendor.polls)
                .as("no wait needed the vendor: the notification ended them")
                .hasValue(0);
    }

    @Test
    void a_create_whose_answer_was_lost_is_resolved_by_its_callback_to_another_instance() throws Exception {
        PostgresFleet fleetA = fleet(Duration.ofMinutes(10));
        Elements a = instance(fleetA);
        Elements b = instance(fleet(Duration.ofMinutes(10)));
        vendor.loseAnswers.set(true);
        ElementDraft draft = PushedVendor.draft("Lost answer");
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait =
                a.async().createAndAwait(draft);
        fleetA.listeningNow().get(SECONDS, TimeUnit.SECONDS);
        while (a.taskUpdates().listening() < 1) {
            Thread.onSpinWait(); // the wait for the draft's callback subscribed
        }

        assertThat(b.receiveCallback(PushedVendor.callback(draft, "done:t-1")).isRight())
                .isTrue();

        CreationTask done = wait.get(SECONDS, TimeUnit.SECONDS).get().value();
        assertThat(done.id()).isEqualTo(CreationTaskId.of("t-1"));
        assertThat(done.elementIds().map(e -> e.value())).containsExactly("e-t-1");
        assertThat(done.idempotencyKey()).contains(draft.idempotencyKey());
        assertThat(vendor.polls).as("the notification ended it").hasValue(0);
    }

    @Test
    void a_lost_notification_of_a_drafts_callback_is_made_up_by_reading_the_table() throws Exception {
        PostgresFleet fleetA = fleet(Duration.ofMinutes(10));
        Elements a = instance(fleetA);
        vendor.loseAnswers.set(true);
        ElementDraft draft = PushedVendor.draft("Lost twice");
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait =
                a.async().createAndAwait(draft);
        fleetA.listeningNow().get(SECONDS, TimeUnit.SECONDS);
        while (a.taskUpdates().listening() < 1) {
            Thread.onSpinWait();
        }
        // Another instance wrote the row with the draft's key, and its notification never came.
        execute("INSERT INTO elements4j_task_updates (provider, task_id, state, state_rank, element_ids,"
                + " idempotency_key) VALUES ('pushed', 't-1', 'SUCCEEDED', 3, '{e-t-1}', '"
                + draft.idempotencyKey().value() + "')");
        assertThat(wait).as("nothing announced it").isNotDone();

        fleetA.catchUpNow();

        assertThat(wait.get(SECONDS, TimeUnit.SECONDS).get().value().id()).isEqualTo(CreationTaskId.of("t-1"));
        assertThat(vendor.polls).hasValue(0);
    }

    @Test
    void a_wait_that_starts_after_its_callback_landed_elsewhere_finds_it_in_the_table() {
        Elements a = instance(fleet(Duration.ofMinutes(10)));
        Elements b = instance(fleet(Duration.ofMinutes(10)));
        assertThat(b.receiveCallback(PushedVendor.callback("failed:t-77")).isRight())
                .isTrue();

        Either<ElementsError, Awaited<CreationTask>> ended = a.await(CreationTaskId.of("t-77"));

        assertThat(ended.getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(ended.getLeft().message()).contains("no face found");
        assertThat(vendor.polls).hasValue(0);
    }

    @Test
    void a_lost_notification_is_made_up_by_reading_the_table() throws Exception {
        PostgresFleet fleetA = fleet(Duration.ofMinutes(10));
        Elements a = instance(fleetA);
        CreationTaskId task = a.submit(PushedVendor.draft("Lost")).get().id();
        fleetA.listeningNow().get(SECONDS, TimeUnit.SECONDS); // its first catch-up is done
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait = a.async()
                .await(
                        task,
                        AwaitOptions.DEFAULT.withBackoff(
                                new Backoff(Duration.ofMinutes(10), Duration.ofMinutes(10), 1.0, 0)));
        while (vendor.polls.get() < 1) {
            Thread.onSpinWait(); // the wait's first poll is done; the next is ten minutes away
        }
        // Another instance wrote the row, and its notification never came (a dropped connection, say).
        execute("INSERT INTO elements4j_task_updates (provider, task_id, state, state_rank, element_ids)"
                + " VALUES ('pushed', '" + task.value() + "', 'SUCCEEDED', 3, '{e-lost}')");
        assertThat(wait).as("nothing announced it").isNotDone();

        fleetA.catchUpNow();

        assertThat(wait.get(SECONDS, TimeUnit.SECONDS)
                        .get()
                        .value()
                        .elementIds()
                        .map(e -> e.value()))
                .containsExactly("e-lost");
        assertThat(vendor.polls).as("the first poll only").hasValue(1);
    }

    @Test
    void the_catch_up_runs_by_itself_every_period() throws Exception {
        Elements a = instance(fleet(Duration.ofMillis(50)));
        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait =
                a.async().createAndAwait(PushedVendor.draft("Periodic"));
        while (a.taskUpdates().listening() < 1) {
            Thread.onSpinWait();
        }
        CreationTaskId task = CreationTaskId.of("t-1");
        execute("INSERT INTO elements4j_task_updates (provider, task_id, state, state_rank)" + " VALUES ('pushed', '"
                + task.value() + "', 'CANCELLED', 3)");

        assertThat(wait.get(SECONDS, TimeUnit.SECONDS).getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(vendor.polls).hasValue(0);
    }

    @Test
    void the_table_keeps_each_tasks_state_moving_forward_whichever_instance_hears_what() {
        Elements a = instance(fleet(Duration.ofMinutes(10)));
        Elements b = instance(fleet(Duration.ofMinutes(10)));
        Elements c = instance(fleet(Duration.ofMinutes(10)));
        a.receiveCallback(PushedVendor.callback("done-without-elements:t-5"));
        b.receiveCallback(PushedVendor.callback("processing:t-5")); // late and out of order
        c.receiveCallback(PushedVendor.callback("failed:t-5")); // a second terminal state: the first one stands
        b.receiveCallback(PushedVendor.callback("done:t-5")); // a success naming its elements completes it

        Elements d = instance(fleet(Duration.ofMinutes(10)));
        CreationTask recorded = d.await(CreationTaskId.of("t-5")).get().value();
        assertThat(recorded.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(recorded.elementIds().map(e -> e.value())).containsExactly("e-t-5");
    }

    @Test
    void a_callback_the_database_cannot_take_is_refused_so_the_vendor_sends_it_again() {
        Switchable down = new Switchable(db);
        PostgresFleet fleet =
                PostgresFleet.builder(down).catchUpEvery(Duration.ofMinutes(10)).build();
        open.add(fleet);
        Elements b = instance(fleet);
        down.up = false;

        Either<ElementsError, CreationTask> refused = b.receiveCallback(PushedVendor.callback("done:t-9"));

        assertThat(refused.getLeft()).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(refused.getLeft().retryable()).isTrue();
        assertThat(refused.getLeft().message()).contains("t-9", "could not be recorded for the other instances");
        assertThat(CallbackRefusal.httpStatus(refused.getLeft()))
                .as("what every receiver answers the vendor: a server error, so that it sends the callback again")
                .isEqualTo(503);
        down.up = true;
        assertThat(b.receiveCallback(PushedVendor.callback("done:t-9")).isRight())
                .as("sent again")
                .isTrue();
        Elements a = instance(fleet(Duration.ofMinutes(10)));
        assertThat(a.await(CreationTaskId.of("t-9")).get().value().state()).isEqualTo(TaskState.SUCCEEDED);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A data source that can be made unreachable. */
    static final class Switchable implements DataSource {
        private final DataSource target;
        volatile boolean up = true;

        Switchable(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (!up) {
                throw new SQLException("Connection refused (the test took the database away)");
            }
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
