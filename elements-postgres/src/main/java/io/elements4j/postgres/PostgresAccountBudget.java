package io.elements4j.postgres;

import io.elements4j.client.bulk.ConcurrencyBudget;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One vendor account's parallel tasks as rows of {@code elements4j_account_slots}, slot 1 to the account's limit. A
 * draft takes a free slot ({@code FOR UPDATE SKIP LOCKED}, so instances taking at once never wait on one another)
 * under a lease this instance renews while it lives; it gives it back when the draft's task has ended. A slot whose
 * lease ended — its holder died — is free again.
 */
final class PostgresAccountBudget implements ConcurrencyBudget, Leases.Renewable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAccountBudget.class);
    private static final Duration RETRY_AFTER_NONE = Duration.ofMillis(50);
    /** Leases are told apart by a number unique to this process's takes, above one drawn at start. */
    private static final AtomicLong LEASES = new AtomicLong(System.nanoTime() & 0xffff_ffffL);

    private final DataSource dataSource;
    private final String account;
    private final int limit;
    private final Leases leases;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    PostgresAccountBudget(DataSource dataSource, String account, int limit, Leases leases) {
        this.dataSource = dataSource;
        this.account = account;
        this.limit = limit;
        this.leases = leases;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO elements4j_account_slots (account, slot)"
                        + " SELECT ?, n FROM generate_series(1, ?) AS n ON CONFLICT DO NOTHING")) {
            s.setString(1, account);
            s.setInt(2, limit);
            s.executeUpdate();
            commitIfNeeded(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the slots of account " + account + ": " + e.getMessage(), e);
        }
        leases.add(this);
    }

    /**
     * 50 ms rather than the default 200: in a fleet most slots are given back by other instances, and a run sees those
     * only when it asks again — with three instances and 2 s tasks the default left a slot idle 100 ms on average
     * after two releases in three, about 3 % of the account's capacity. Asking costs one indexed {@code UPDATE} that
     * finds nothing, and only while every slot is taken.
     */
    @Override
    public Duration retryAfterNone() {
        return RETRY_AFTER_NONE;
    }

    @Override
    public Option<Slot> tryTake() {
        long lease = LEASES.incrementAndGet();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE elements4j_account_slots"
                        + " SET holder = ?, lease = ?, lease_until = now() + make_interval(secs => ?)"
                        + " WHERE (account, slot) = (SELECT account, slot FROM elements4j_account_slots"
                        + " WHERE account = ? AND slot <= ? AND (holder IS NULL OR lease_until < now())"
                        + " ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING slot")) {
            s.setString(1, leases.instance());
            s.setLong(2, lease);
            s.setDouble(3, leases.period().toMillis() / 1000.0);
            s.setString(4, account);
            s.setInt(5, limit);
            boolean taken;
            try (ResultSet row = s.executeQuery()) {
                taken = row.next();
            }
            commitIfNeeded(c);
            if (!taken) {
                return Option.none();
            }
            held.add(lease);
            AtomicBoolean released = new AtomicBoolean();
            return Option.some(() -> {
                if (released.compareAndSet(false, true)) {
                    release(lease);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a slot of account " + account + ": " + e.getMessage(), e);
        }
    }

    private void release(long lease) {
        held.remove(lease);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE elements4j_account_slots"
                        + " SET holder = NULL, lease = NULL, lease_until = NULL WHERE account = ? AND lease = ?")) {
            s.setString(1, account);
            s.setLong(2, lease);
            s.executeUpdate();
            commitIfNeeded(c);
        } catch (SQLException e) {
            // No longer renewed: the slot is free again when its lease ends.
            LOG.warn(
                    "cannot give back a slot of account {} ({}); it is free again when its lease ends",
                    account,
                    e.getMessage());
        }
    }

    @Override
    public void renew() throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE elements4j_account_slots"
                                + " SET lease_until = now() + make_interval(secs => ?) WHERE account = ? AND lease = ANY (?)")) {
            s.setDouble(1, leases.period().toMillis() / 1000.0);
            s.setString(2, account);
            s.setArray(3, c.createArrayOf("bigint", held.toArray()));
            s.executeUpdate();
            commitIfNeeded(c);
        }
    }

    /** How many of the account's slots are taken now, by any instance (leases that ended not counted). */
    int taken() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM elements4j_account_slots"
                        + " WHERE account = ? AND slot <= ? AND holder IS NOT NULL AND lease_until >= now()")) {
            s.setString(1, account);
            s.setInt(2, limit);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the slots of account " + account + ": " + e.getMessage(), e);
        }
    }

    static void commitIfNeeded(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    @Override
    public String toString() {
        return "PostgresAccountBudget[" + account + ", " + limit + " slots]";
    }
}
