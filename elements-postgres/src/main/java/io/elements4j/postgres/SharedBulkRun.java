package io.elements4j.postgres;

import io.elements4j.client.Elements;
import io.elements4j.client.bulk.BulkOptions;
import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk run drained by many workers, in {@code elements4j_bulk_drafts}. Every worker opens the run by the same
 * name and {@linkplain #enqueue enqueues} the same drafts — by key, so they are in the table once however many do —,
 * then {@linkplain #work works}: it claims pending drafts ({@code FOR UPDATE SKIP LOCKED}, so workers never wait on
 * one another) under a lease it renews while it lives, and runs each claim through {@link Elements#createAll} with
 * the claim as the run's journal: intent before a create is sent, the task once accepted, the outcome once known.
 *
 * <p>When a worker dies its leases end, and another worker claims its drafts. What the dead worker wrote decides what
 * happens — exactly as when a bulk run resumes from its journal: a draft with an outcome is done; one whose task is
 * known is awaited; one that was being sent is looked for at the vendor first (Kling by its key, useapi in its
 * listing) and sent only when the vendor shows it was not made; where the vendor cannot be asked it ends
 * {@link DraftOutcome.Status#AMBIGUOUS}, never sent twice. Every draft's outcome is readable by key from any instance
 * ({@link #result}).
 *
 * <p>The drafts themselves are not stored (they may hold uploaded bytes): each worker is given them, and claims only
 * drafts it was given. Their {@link IdempotencyKey keys} must be the same on every worker and every start
 * ({@code IdempotencyKey.of("hero-042")}).
 */
public final class SharedBulkRun {

    private static final Logger LOG = LoggerFactory.getLogger(SharedBulkRun.class);
    private static final AtomicLong CLAIMS = new AtomicLong(System.nanoTime() & 0xffff_ffffL);
    private static final int MAX_TEXT = 4000;

    private final DataSource dataSource;
    private final String run;
    private final Leases leases;

    SharedBulkRun(DataSource dataSource, String run, Leases leases) {
        this.dataSource = dataSource;
        this.run = run;
        this.leases = leases;
    }

    /**
     * The run's name.
     *
     * @return the name every worker opened it by
     */
    public String name() {
        return run;
    }

    /**
     * Adds the drafts the run does not have yet, in their order; a key already there is left as it is. Every worker
     * may call it with the same drafts.
     *
     * @param drafts the run's drafts, each with a key of its own
     * @return how many were new
     * @throws IllegalArgumentException when two drafts share a key, or a key or name is longer than the table takes
     * @throws IllegalStateException when the database cannot be reached
     */
    public int enqueue(Seq<ElementDraft> drafts) {
        byKey(drafts);
        int added = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO elements4j_bulk_drafts (run, draft_key, position,"
                        + " name) VALUES (?, ?, ?, ?) ON CONFLICT (run, draft_key) DO NOTHING")) {
            int position = 0;
            for (ElementDraft draft : drafts) {
                s.setString(1, run);
                s.setString(2, draft.idempotencyKey().value());
                s.setInt(3, position++);
                s.setString(4, clip(draft.name(), 1000));
                s.addBatch();
            }
            for (int rows : s.executeBatch()) {
                added += Math.max(rows, 0);
            }
            commit(c);
        } catch (SQLException e) {
            throw failure("enqueue the drafts", e);
        }
        return added;
    }

    /**
     * Works on the run until none of {@code drafts} is pending: claims up to {@code options}' maximum concurrency
     * of drafts at a time (two claims running at once, so one's tail overlaps the next's start), runs each through
     * {@code elements.async().createAll} with the claim as its journal, and writes how each draft ended. While the
     * drafts still pending are claimed by other workers it waits for them, checking every third of a lease, so it
     * takes over those of a worker that dies.
     *
     * @param elements the facade to create with
     * @param drafts   the run's drafts, as {@link #enqueue}d; the worker claims only these
     * @param options  concurrency, waits and progress for each claim (its journal is the claim's)
     * @return how many drafts this worker brought to an end
     * @throws IllegalArgumentException when two drafts share a key
     * @throws IllegalStateException when the database cannot be reached
     */
    public int work(Elements elements, Seq<ElementDraft> drafts, BulkOptions options) {
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(options, "options");
        java.util.Map<IdempotencyKey, ElementDraft> mine = byKey(drafts);
        String[] keys = mine.keySet().stream().map(IdempotencyKey::value).toArray(String[]::new);
        Set<Long> held = ConcurrentHashMap.newKeySet();
        Leases.Renewable renewal = () -> renew(held);
        leases.add(renewal);
        AtomicInteger ended = new AtomicInteger();
        java.util.List<CompletableFuture<?>> running = new ArrayList<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                running.removeIf(CompletableFuture::isDone);
                if (running.size() < 2) {
                    Claim claim = claim(keys, options.maxConcurrency());
                    if (!claim.entries().isEmpty()) {
                        held.add(claim.lease());
                        running.add(runClaim(elements, claim, mine, options, held, ended));
                        continue;
                    }
                }
                if (running.isEmpty() && pending(keys) == 0) {
                    break;
                }
                waitForAny(running);
            }
        } finally {
            leases.remove(renewal);
        }
        return ended.get();
    }

    /**
     * Where one draft stands, as any instance reads it.
     *
     * @param key the draft's key
     * @return its outcome so far, or none when the run has no such draft
     * @throws IllegalStateException when the database cannot be reached
     */
    public Option<DraftOutcome> result(IdempotencyKey key) {
        return read("WHERE run = ? AND draft_key = ?", key.value()).headOption();
    }

    /**
     * Every draft of the run, in the order enqueued.
     *
     * @return each draft's outcome so far
     * @throws IllegalStateException when the database cannot be reached
     */
    public Seq<DraftOutcome> results() {
        return read("WHERE run = ?", null);
    }

    /** A claim: its lease, and the drafts it holds with what earlier workers wrote of them. */
    private record Claim(long lease, Map<IdempotencyKey, CreationJournal.Entry> entries) {}

    private Claim claim(String[] keys, int size) {
        long lease = CLAIMS.incrementAndGet();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE elements4j_bulk_drafts d SET claimed_by = ?, lease = ?,"
                                + " lease_until = now() + make_interval(secs => ?), claims = d.claims + 1"
                                + " WHERE (d.run, d.draft_key) IN (SELECT run, draft_key FROM elements4j_bulk_drafts"
                                + " WHERE run = ? AND status = 'PENDING' AND (lease IS NULL OR lease_until < now())"
                                + " AND draft_key = ANY (?) ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED)"
                                + " RETURNING draft_key, name, intent_at, task_id, position")) {
            s.setString(1, leases.instance());
            s.setLong(2, lease);
            s.setDouble(3, leases.period().toMillis() / 1000.0);
            s.setString(4, run);
            s.setArray(5, c.createArrayOf("text", keys));
            s.setInt(6, size);
            java.util.List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {
                        r.getString(1),
                        r.getString(2),
                        r.getObject(3, OffsetDateTime.class),
                        r.getString(4),
                        r.getInt(5)
                    });
                }
            }
            commit(c);
            rows.sort(Comparator.comparingInt(row -> (Integer) row[4]));
            Map<IdempotencyKey, CreationJournal.Entry> entries = LinkedHashMap.empty();
            for (Object[] row : rows) {
                IdempotencyKey key = IdempotencyKey.of((String) row[0]);
                OffsetDateTime intent = (OffsetDateTime) row[2];
                entries = entries.put(
                        key,
                        intent == null
                                ? null
                                : new CreationJournal.Entry(
                                        key,
                                        (String) row[1],
                                        intent.toInstant(),
                                        Option.of((String) row[3]).map(CreationTaskId::of),
                                        Option.none()));
            }
            return new Claim(lease, entries);
        } catch (SQLException e) {
            throw failure("claim drafts", e);
        }
    }

    /** Runs one claim through the facade's bulk run, then writes how the drafts that did not finish ended. */
    private CompletableFuture<?> runClaim(
            Elements elements,
            Claim claim,
            java.util.Map<IdempotencyKey, ElementDraft> mine,
            BulkOptions options,
            Set<Long> held,
            AtomicInteger ended) {
        Seq<ElementDraft> drafts = claim.entries().keySet().toList().map(mine::get);
        ClaimJournal journal = new ClaimJournal(claim);
        return elements.async().createAll(drafts, options.withJournal(journal)).handle((results, thrown) -> {
            try {
                if (thrown != null) {
                    LOG.warn(
                            "a claim of {} drafts of run {} stopped ({}); its drafts are taken over when the lease "
                                    + "ends",
                            drafts.size(),
                            run,
                            thrown.getMessage());
                    return null;
                }
                for (int i = 0; i < drafts.size(); i++) {
                    Either<ElementsError, Awaited<CreationTask>> result = results.get(i);
                    if (result.isLeft() && !(result.getLeft() instanceof ElementsError.TaskFailed)) {
                        endedWith(claim.lease(), drafts.get(i).idempotencyKey(), result.getLeft());
                    }
                }
                ended.addAndGet(drafts.size());
            } catch (RuntimeException e) {
                LOG.warn(
                        "cannot write how a claim of run {} ended ({}); its drafts are taken over when the lease "
                                + "ends",
                        run,
                        e.getMessage());
            } finally {
                held.remove(claim.lease());
            }
            return null;
        });
    }

    /** Waits until a running claim ends, or a third of a lease when none does (or none runs): then claims again. */
    private void waitForAny(java.util.List<CompletableFuture<?>> running) {
        long millis = Math.max(1, leases.period().toMillis() / 3);
        try {
            if (running.isEmpty()) {
                Thread.sleep(millis);
            } else {
                CompletableFuture.anyOf(running.toArray(new CompletableFuture<?>[0]))
                        .get(millis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a claim that ended badly was logged; a timeout means: look for claimable drafts again
        }
    }

    private int pending(String[] keys) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM elements4j_bulk_drafts"
                        + " WHERE run = ? AND status = 'PENDING' AND draft_key = ANY (?)")) {
            s.setString(1, run);
            s.setArray(2, c.createArrayOf("text", keys));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("count the pending drafts", e);
        }
    }

    private void renew(Set<Long> held) throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE elements4j_bulk_drafts"
                        + " SET lease_until = now() + make_interval(secs => ?)"
                        + " WHERE run = ? AND status = 'PENDING' AND lease = ANY (?)")) {
            s.setDouble(1, leases.period().toMillis() / 1000.0);
            s.setString(2, run);
            s.setArray(3, c.createArrayOf("bigint", held.toArray()));
            s.executeUpdate();
            commit(c);
        }
    }

    /** A draft that ended without a task outcome: ambiguous when it may have been created, an error otherwise. */
    private void endedWith(long lease, IdempotencyKey key, ElementsError error) {
        DraftOutcome.Status status = error instanceof ElementsError.CreationUnknown
                ? DraftOutcome.Status.AMBIGUOUS
                : DraftOutcome.Status.ERROR;
        Option<String> task = error instanceof ElementsError.TaskStateUnknown unknown
                ? Option.some(unknown.taskId().value())
                : Option.none();
        update(
                "record how " + key + " ended",
                "UPDATE elements4j_bulk_drafts SET status = ?, error_type = ?,"
                        + " message = ?, task_id = coalesce(?, task_id), finished_at = now(), claimed_by = NULL, lease = NULL,"
                        + " lease_until = NULL WHERE run = ? AND draft_key = ? AND lease = ? AND status = 'PENDING'",
                key,
                status.name(),
                error.getClass().getSimpleName(),
                clip(error.message(), MAX_TEXT),
                task.getOrNull(),
                run,
                key.value(),
                lease);
    }

    /** The claim as the bulk run's journal: every write fenced by the claim's lease. */
    private final class ClaimJournal implements CreationJournal {
        private final Claim claim;

        ClaimJournal(Claim claim) {
            this.claim = claim;
        }

        @Override
        public void intent(IdempotencyKey key, String name, Instant at) {
            update(
                    "record the intent for " + key,
                    "UPDATE elements4j_bulk_drafts SET intent_at = ?, task_id = NULL"
                            + " WHERE run = ? AND draft_key = ? AND lease = ? AND status = 'PENDING'",
                    key,
                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                    run,
                    key.value(),
                    claim.lease());
        }

        @Override
        public void created(IdempotencyKey key, CreationTask task) {
            update(
                    "record the task of " + key,
                    "UPDATE elements4j_bulk_drafts SET task_id = ?"
                            + " WHERE run = ? AND draft_key = ? AND lease = ? AND status = 'PENDING'",
                    key,
                    clip(task.id().value(), 500),
                    run,
                    key.value(),
                    claim.lease());
        }

        @Override
        public void refused(IdempotencyKey key) {
            update(
                    "record the refusal of " + key,
                    "UPDATE elements4j_bulk_drafts SET intent_at = NULL,"
                            + " task_id = NULL WHERE run = ? AND draft_key = ? AND lease = ? AND status = 'PENDING'",
                    key,
                    run,
                    key.value(),
                    claim.lease());
        }

        @Override
        public void finished(IdempotencyKey key, Outcome outcome) {
            update(
                    "record the outcome of " + key,
                    "UPDATE elements4j_bulk_drafts SET status = ?, task_id = ?,"
                            + " element_ids = ?, message = ?, finished_at = now(), claimed_by = NULL, lease = NULL,"
                            + " lease_until = NULL WHERE run = ? AND draft_key = ? AND lease = ? AND status = 'PENDING'",
                    key,
                    outcome.succeeded() ? DraftOutcome.Status.SUCCEEDED.name() : DraftOutcome.Status.FAILED.name(),
                    clip(outcome.taskId().value(), 500),
                    outcome.elementIds().map(ElementId::value).toJavaArray(String[]::new),
                    clip(outcome.message(), MAX_TEXT),
                    run,
                    key.value(),
                    claim.lease());
        }

        @Override
        public Map<IdempotencyKey, Entry> replay() {
            return claim.entries().filterValues(Objects::nonNull);
        }
    }

    /** One fenced write: it must change the draft's row, or the claim was lost (its lease ended, another took it). */
    private void update(String what, String sql, IdempotencyKey key, Object... values) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    s.setNull(i + 1, Types.VARCHAR);
                } else if (value instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    s.setObject(i + 1, value);
                }
            }
            int rows = s.executeUpdate();
            commit(c);
            if (rows == 0) {
                throw new IllegalStateException("cannot " + what + " in run " + run + ": this worker's claim on it "
                        + "ended (its lease ran out and another worker took it over)");
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Seq<DraftOutcome> read(String where, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT draft_key, name, status, task_id, element_ids,"
                        + " error_type, message, CASE WHEN lease_until >= now() THEN claimed_by END"
                        + " FROM elements4j_bulk_drafts " + where + " ORDER BY position")) {
            s.setString(1, run);
            if (key != null) {
                s.setString(2, key);
            }
            java.util.List<DraftOutcome> outcomes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Array ids = r.getArray(5);
                    outcomes.add(new DraftOutcome(
                            IdempotencyKey.of(r.getString(1)),
                            r.getString(2),
                            DraftOutcome.Status.valueOf(r.getString(3)),
                            Option.of(r.getString(4)).map(CreationTaskId::of),
                            ids == null
                                    ? List.empty()
                                    : List.of((String[]) ids.getArray()).map(ElementId::of),
                            Option.of(r.getString(6)),
                            Option.of(r.getString(7)).getOrElse(""),
                            Option.of(r.getString(8))));
                }
            }
            return List.ofAll(outcomes);
        } catch (SQLException e) {
            throw failure("read the drafts", e);
        }
    }

    private static java.util.Map<IdempotencyKey, ElementDraft> byKey(Seq<ElementDraft> drafts) {
        java.util.Map<IdempotencyKey, ElementDraft> byKey = new java.util.LinkedHashMap<>();
        for (ElementDraft draft : drafts) {
            String key = draft.idempotencyKey().value();
            if (key.length() > 500) {
                throw new IllegalArgumentException("a draft key of at most 500 characters: " + key.length());
            }
            if (byKey.put(draft.idempotencyKey(), draft) != null) {
                throw new IllegalArgumentException(
                        "two drafts share the idempotency key " + key + ": each draft of a bulk run needs its own");
            }
        }
        return byKey;
    }

    private static void commit(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(
                "cannot " + what + " of the shared bulk run '" + run + "': " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "SharedBulkRun[" + run + "]";
    }
}
