package io.elements4j.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.ConcurrencyBudget;
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
import io.elements4j.sandbox.VendorLimits;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two instances bulk-creating on one Kling account whose parallel-task limit is 4, each its own fleet and facade on
 * one database and one simulator (on virtual time): with the account's budget shared they stay within the limit
 * together; without it each grows toward the limit alone and the vendor turns creates away.
 */
class SharedAccountLimitTest {

    private static final int LIMIT = 4;
    private static final Duration TASK = Duration.ofSeconds(10);
    private static final AwaitOptions WAITS =
            AwaitOptions.DEFAULT.withBackoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0));

    private final DataSource db = TestDatabases.fresh();
    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);

    private ElementsBuilder facade(VendorSimulator vendor, long seed) {
        return Elements.builder()
                .provider(vendor.providerId())
                .config(vendor.configuration().toJavaMap())
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(seed))
                .asyncExecutor(Runnable::run)
                .scheduler(scheduler);
    }

    private static Seq<ElementDraft> drafts(String prefix, int count) {
        return List.range(0, count)
                .map(i -> ElementDraft.image(prefix + i, MediaSource.url("https://example.com/front.jpg"))
                        .extras(MediaSource.url("https://example.com/s.jpg"))
                        .description("A courier")
                        .idempotencyKey(IdempotencyKey.of(prefix + "-" + i))
                        .build());
    }

    private record Outcome(int refused, Duration took, int created) {}

    private Outcome twoInstances(boolean shared) {
        try (VendorSimulator vendor = Sandboxes.start("kling-official");
                PostgresFleet fleetA = PostgresFleet.builder(db).instance("a").build();
                PostgresFleet fleetB = PostgresFleet.builder(db).instance("b").build()) {
            vendor.useClock(time.clock());
            vendor.completeTasksAfterPolls(1);
            vendor.limits(VendorLimits.of(0, LIMIT, TASK));
            ElementsBuilder a = facade(vendor, 1);
            ElementsBuilder b = facade(vendor, 2);
            if (shared) {
                a.concurrencyBudget(fleetA.accountBudget("kling-main", LIMIT));
                b.concurrencyBudget(fleetB.accountBudget("kling-main", LIMIT));
            }
            Instant start = time.now();
            try (Elements first = a.build();
                    Elements second = b.build()) {
                BulkOptions options =
                        BulkOptions.defaults().withConcurrency(4, 32).withAwait(WAITS);
                CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> runA =
                        first.async().createAll(drafts("a", 16), options);
                CompletableFuture<Seq<Either<ElementsError, Awaited<CreationTask>>>> runB =
                        second.async().createAll(drafts("b", 16), options);
                scheduler.runUntil(() -> runA.isDone() && runB.isDone(), Duration.ofSeconds(30));
                assertThat(runA.join().appendAll(runB.join()))
                        .as("every draft created")
                        .allSatisfy(
                                r -> assertThat(r.isRight()).as(r.toString()).isTrue());
            }
            Map<String, Integer> made = vendor.creations()
                    .groupBy(AcceptedCreate::name)
                    .mapValues(Seq::size)
                    .toJavaMap();
            assertThat(made.values()).as("no draft created twice").containsOnly(1);
            return new Outcome(
                    vendor.refusedBy(VendorLimits.Kind.PARALLEL), Duration.between(start, time.now()), made.size());
        }
    }

    @Test
    void instances_sharing_the_accounts_budget_stay_within_its_limit_together() {
        Outcome shared = twoInstances(true);

        assertThat(shared.created()).isEqualTo(32);
        assertThat(shared.refused())
                .as("the vendor never had to turn a create away")
                .isZero();
        // 32 tasks of 10 s, 4 at a time, take 80 s at best; a poll a second after each ends adds a little.
        assertThat(shared.took()).as("and the limit was used").isLessThan(Duration.ofSeconds(100));
    }

    @Test
    void without_the_budget_each_instance_finds_the_limit_alone_and_the_vendor_turns_creates_away() {
        Outcome alone = twoInstances(false);

        assertThat(alone.created()).isEqualTo(32);
        assertThat(alone.refused()).as("what the shared budget saves").isPositive();
    }

    @Test
    void a_dead_instances_slots_are_free_again_when_their_lease_ends_and_a_live_ones_are_renewed() throws Exception {
        try (PostgresFleet dying = PostgresFleet.builder(db)
                        .instance("dying")
                        .leaseFor(Duration.ofSeconds(1))
                        .build();
                PostgresFleet living = PostgresFleet.builder(db)
                        .instance("living")
                        .leaseFor(Duration.ofSeconds(1))
                        .build()) {
            ConcurrencyBudget dead = dying.accountBudget("acct", 2);
            PostgresAccountBudget alive = (PostgresAccountBudget) living.accountBudget("acct", 2);
            assertThat(dead.tryTake()).isNotEmpty();
            assertThat(dead.tryTake()).isNotEmpty();
            assertThat(alive.tryTake()).as("both slots held").isEmpty();
            dying.close(); // stops renewing, as a killed process does

            Option<ConcurrencyBudget.Slot> taken = Option.none();
            while (taken.isEmpty()) {
                Thread.onSpinWait();
                taken = alive.tryTake(); // free once the dead lease ends, about a second later
            }
            Instant leased = leaseUntil("living");
            while (!leaseUntil("living").isAfter(leased)) {
                Thread.onSpinWait(); // renewed a third of a lease later
            }
            assertThat(alive.taken())
                    .as("the living instance's slot is still its own")
                    .isEqualTo(1);
            taken.get().release();
            taken.get().release();
            assertThat(alive.tryTake()).as("given back once, free again").isNotEmpty();
        }
    }

    private Instant leaseUntil(String holder) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT max(lease_until) FROM elements4j_account_slots WHERE holder = ?")) {
            s.setString(1, holder);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    @Test
    void a_budget_is_refused_without_a_name_or_a_limit() {
        try (PostgresFleet fleet = PostgresFleet.builder(db).build()) {
            assertThatThrownBy(() -> fleet.accountBudget("", 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("account name");
            assertThatThrownBy(() -> fleet.accountBudget("acct", 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parallelTasks must be at least 1");
        }
    }
}
