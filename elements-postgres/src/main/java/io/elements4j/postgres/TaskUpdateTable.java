package io.elements4j.postgres;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The SQL of {@code elements4j_task_updates}: one row per task, its state moving forward only, every change announced
 * on {@value #CHANNEL} with the payload {@code <provider> <task id>} in the same statement (PostgreSQL sends it when
 * the transaction commits).
 */
final class TaskUpdateTable {

    /** The LISTEN/NOTIFY channel. */
    static final String CHANNEL = "elements4j_task_updates";

    /** The longest task id, provider id and key kept; longer ones are refused rather than cut. */
    static final int MAX_ID = 500;

    static final int MAX_PROVIDER = 100;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_CODE = 200;

    private static final String COLUMNS = "task_id, state, element_ids, failure_reason, failure_code, idempotency_key,"
            + " progress, created_at, updated_at";

    /**
     * Writes the state unless the row holds a later one (a terminal state is final, except that a success naming
     * its elements replaces one naming none), and notifies when it wrote.
     */
    private static final String RECORD = "WITH written AS ("
            + " INSERT INTO elements4j_task_updates AS t (provider, task_id, state, state_rank, element_ids,"
            + " failure_reason, failure_code, idempotency_key, progress, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (provider, task_id) DO UPDATE SET state = EXCLUDED.state, state_rank = EXCLUDED.state_rank,"
            + " element_ids = EXCLUDED.element_ids, failure_reason = EXCLUDED.failure_reason,"
            + " failure_code = EXCLUDED.failure_code,"
            + " idempotency_key = coalesce(EXCLUDED.idempotency_key, t.idempotency_key),"
            + " progress = EXCLUDED.progress, created_at = coalesce(EXCLUDED.created_at, t.created_at),"
            + " updated_at = EXCLUDED.updated_at, recorded_at = now()"
            + " WHERE (t.state_rank < 3 AND EXCLUDED.state_rank >= t.state_rank)"
            + " OR (t.state = 'SUCCEEDED' AND EXCLUDED.state = 'SUCCEEDED' AND cardinality(t.element_ids) = 0"
            + " AND cardinality(EXCLUDED.element_ids) > 0)"
            + " RETURNING provider, task_id)"
            + " SELECT pg_notify('" + CHANNEL + "', provider || ' ' || task_id) FROM written";

    private TaskUpdateTable() {}

    static void record(Connection c, String provider, CreationTask task) throws SQLException {
        String id = task.id().value();
        if (id.length() > MAX_ID) {
            throw new IllegalArgumentException(
                    "a task id of " + id.length() + " characters cannot be recorded: at most " + MAX_ID);
        }
        try (PreparedStatement s = c.prepareStatement(RECORD)) {
            s.setString(1, provider);
            s.setString(2, id);
            s.setString(3, task.state().name());
            s.setShort(4, (short) rank(task.state()));
            s.setArray(
                    5,
                    c.createArrayOf(
                            "text", task.elementIds().map(ElementId::value).toJavaArray(String[]::new)));
            setText(s, 6, task.failureReason().map(r -> clip(r, MAX_TEXT)));
            setText(s, 7, task.failureCode().map(r -> clip(r, MAX_CODE)));
            setText(s, 8, task.idempotencyKey().map(IdempotencyKey::value).filter(k -> k.length() <= MAX_ID));
            if (task.progress().isDefined()) {
                s.setInt(9, task.progress().get());
            } else {
                s.setNull(9, Types.INTEGER);
            }
            setTime(s, 10, task.createdAt());
            setTime(s, 11, task.updatedAt());
            s.execute();
        }
    }

    static Option<CreationTask> find(Connection c, String provider, CreationTaskId task) throws SQLException {
        return findAll(c, provider, List.of(task)).headOption();
    }

    /** The recorded states of these tasks (those that have one), in no particular order. */
    static Seq<CreationTask> findAll(Connection c, String provider, Seq<CreationTaskId> tasks) throws SQLException {
        if (tasks.isEmpty()) {
            return List.empty();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM elements4j_task_updates WHERE provider = ? AND task_id = ANY (?)")) {
            s.setString(1, provider);
            s.setArray(
                    2, c.createArrayOf("text", tasks.map(CreationTaskId::value).toJavaArray(String[]::new)));
            List<CreationTask> found = List.empty();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found = found.prepend(read(rows));
                }
            }
            return found;
        }
    }

    /**
     * The recorded states of the tasks made by these drafts (those a callback named with the draft's key), in no
     * particular order.
     */
    static Seq<CreationTask> findByDrafts(Connection c, String provider, Seq<IdempotencyKey> drafts)
            throws SQLException {
        Seq<String> keys = drafts.map(IdempotencyKey::value).filter(k -> k.length() <= MAX_ID);
        if (keys.isEmpty()) {
            return List.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM elements4j_task_updates WHERE provider = ? AND idempotency_key = ANY (?)")) {
            s.setString(1, provider);
            s.setArray(2, c.createArrayOf("text", keys.toJavaArray(String[]::new)));
            List<CreationTask> found = List.empty();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found = found.prepend(read(rows));
                }
            }
            return found;
        }
    }

    /** Deletes rows recorded longer ago than {@code retention}; answers how many. */
    static int purge(Connection c, Duration retention) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM elements4j_task_updates WHERE recorded_at < now() - make_interval(secs => ?)")) {
            s.setDouble(1, retention.toMillis() / 1000.0);
            return s.executeUpdate();
        }
    }

    private static CreationTask read(ResultSet row) throws SQLException {
        CreationTask task = CreationTask.of(CreationTaskId.of(row.getString(1)), TaskState.valueOf(row.getString(2)));
        Array ids = row.getArray(3);
        task = task.withElementIds(List.of((String[]) ids.getArray()).map(ElementId::of));
        String reason = row.getString(4);
        if (reason != null) {
            task = task.withFailureReason(reason);
        }
        String code = row.getString(5);
        if (code != null) {
            task = task.withFailureCode(code);
        }
        String key = row.getString(6);
        if (key != null) {
            task = task.withIdempotencyKey(IdempotencyKey.of(key));
        }
        int progress = row.getInt(7);
        if (!row.wasNull()) {
            task = task.withProgress(progress);
        }
        return task.withTimes(
                instant(row.getObject(8, OffsetDateTime.class)), instant(row.getObject(9, OffsetDateTime.class)));
    }

    /** The order of states: a state is written only over one of the same or a lower rank. */
    static int rank(TaskState state) {
        return switch (state) {
            case SUBMITTED -> 0;
            case QUEUED -> 1;
            case PROCESSING -> 2;
            case SUCCEEDED, FAILED, CANCELLED -> 3;
        };
    }

    private static Option<Instant> instant(OffsetDateTime at) {
        return Option.of(at).map(OffsetDateTime::toInstant);
    }

    private static void setText(PreparedStatement s, int at, Option<String> value) throws SQLException {
        if (value.isDefined()) {
            s.setString(at, value.get());
        } else {
            s.setNull(at, Types.VARCHAR);
        }
    }

    private static void setTime(PreparedStatement s, int at, Option<Instant> value) throws SQLException {
        if (value.isDefined()) {
            s.setObject(at, OffsetDateTime.ofInstant(value.get(), ZoneOffset.UTC));
        } else {
            s.setNull(at, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
