package io.elements4j.journal.jdbc;

import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link CreationJournal} in a database table, through {@code java.sql} alone: one row per draft holding its latest
 * state, each write a statement committed before the method returns. Any JDBC database with standard SQL works
 * (H2, PostgreSQL, MySQL, SQL Server, …); the table is created when missing:
 *
 * <pre>
 * CREATE TABLE &lt;table&gt; (
 *   journal     VARCHAR(200)  NOT NULL,  -- which journal: many runs can share one table
 *   draft_key   VARCHAR(500)  NOT NULL,  -- the draft's idempotency key
 *   name        VARCHAR(1000) NOT NULL,
 *   intent_at   BIGINT        NOT NULL,  -- epoch millis of the last intent
 *   task_id     VARCHAR(500),            -- once the vendor accepted it
 *   outcome     CHAR(1),                 -- S succeeded, F failed, once known
 *   element_ids VARCHAR(4000),           -- comma-separated, on success
 *   message     VARCHAR(4000),           -- the failure's reason
 *   PRIMARY KEY (journal, draft_key))
 * </pre>
 *
 * <p>A refused draft's row is deleted (it may be sent again, as if never sent). A write that fails throws an
 * {@link IllegalStateException}, which stops the run as a crash would; a later run over the same journal resumes
 * from what was committed. Connections are taken from the {@link DataSource} per write and closed at once, so a
 * pool serves it well. Thread-safe; one process per journal name at a time.
 */
public final class JdbcCreationJournal implements CreationJournal {

    /** The table used when none is named. */
    public static final String DEFAULT_TABLE = "elements4j_creation_journal";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final int MAX_TEXT = 4000;

    private final DataSource dataSource;
    private final String table;
    private final String journal;

    private JdbcCreationJournal(DataSource dataSource, String table, String journal) {
        this.dataSource = dataSource;
        this.table = table;
        this.journal = journal;
    }

    /**
     * Opens the journal {@code journal} in the {@link #DEFAULT_TABLE default table}, creating the table when missing.
     *
     * @param dataSource where the table lives
     * @param journal    the journal's name (one per bulk run you may want to resume), at most 200 characters
     * @return the open journal
     * @throws IllegalStateException when the database cannot be reached or the table cannot be created
     */
    public static JdbcCreationJournal open(DataSource dataSource, String journal) {
        return open(dataSource, DEFAULT_TABLE, journal);
    }

    /**
     * Opens the journal {@code journal} in {@code table}, creating the table when missing.
     *
     * @param dataSource where the table lives
     * @param table      the table's name: letters, digits and underscores, not starting with a digit
     * @param journal    the journal's name, at most 200 characters
     * @return the open journal
     * @throws IllegalArgumentException when the table name is not a plain identifier or the journal name is empty
     * @throws IllegalStateException when the database cannot be reached or the table cannot be created
     */
    public static JdbcCreationJournal open(DataSource dataSource, String table, String journal) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(journal, "journal");
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException(
                    "the journal table must be a plain SQL identifier (letters, digits, " + "underscores): " + table);
        }
        if (journal.isEmpty() || journal.length() > 200) {
            throw new IllegalArgumentException("the journal name must have 1 to 200 characters: '" + journal + "'");
        }
        JdbcCreationJournal opened = new JdbcCreationJournal(dataSource, table, journal);
        opened.createTableIfMissing();
        return opened;
    }

    /**
     * The table this journal writes.
     *
     * @return its name
     */
    public String table() {
        return table;
    }

    /**
     * This journal's name within the table.
     *
     * @return its name
     */
    public String journal() {
        return journal;
    }

    @Override
    public synchronized void intent(IdempotencyKey key, String name, Instant at) {
        write("record the intent for " + key, c -> {
            int updated = update(
                    c,
                    "UPDATE " + table + " SET name = ?, intent_at = ?, task_id = NULL, outcome = NULL,"
                            + " element_ids = NULL, message = NULL WHERE journal = ? AND draft_key = ?",
                    clip(name),
                    at.toEpochMilli(),
                    journal,
                    key.value());
            if (updated == 0) {
                update(
                        c,
                        "INSERT INTO " + table + " (journal, draft_key, name, intent_at) VALUES (?, ?, ?, ?)",
                        journal,
                        key.value(),
                        clip(name),
                        at.toEpochMilli());
            }
        });
    }

    @Override
    public synchronized void created(IdempotencyKey key, CreationTask task) {
        write(
                "record the task of " + key,
                c -> known(
                        key,
                        update(
                                c,
                                "UPDATE " + table + " SET task_id = ? WHERE journal = ? AND draft_key = ?",
                                task.id().value(),
                                journal,
                                key.value())));
    }

    @Override
    public synchronized void refused(IdempotencyKey key) {
        write(
                "record the refusal of " + key,
                c -> known(
                        key,
                        update(
                                c,
                                "DELETE FROM " + table + " WHERE journal = ? AND draft_key = ?",
                                journal,
                                key.value())));
    }

    @Override
    public synchronized void finished(IdempotencyKey key, Outcome outcome) {
        write(
                "record the outcome of " + key,
                c -> known(
                        key,
                        update(
                                c,
                                "UPDATE " + table
                                        + " SET task_id = ?, outcome = ?, element_ids = ?, message = ? WHERE journal = ? AND draft_key = ?",
                                outcome.taskId().value(),
                                outcome.succeeded() ? "S" : "F",
                                outcome.elementIds().map(ElementId::value).mkString(","),
                                clip(outcome.message()),
                                journal,
                                key.value())));
    }

    @Override
    public synchronized Map<IdempotencyKey, Entry> replay() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT draft_key, name, intent_at, task_id, outcome,"
                        + " element_ids, message FROM " + table + " WHERE journal = ? ORDER BY intent_at, draft_key")) {
            select.setString(1, journal);
            Map<IdempotencyKey, Entry> entries = LinkedHashMap.empty();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    IdempotencyKey key = IdempotencyKey.of(rows.getString(1));
                    Option<CreationTaskId> taskId = Option.of(rows.getString(4)).map(CreationTaskId::of);
                    String state = rows.getString(5);
                    Option<Outcome> outcome = state == null || taskId.isEmpty()
                            ? Option.none()
                            : Option.some(new Outcome(
                                    state.trim().equals("S"),
                                    taskId.get(),
                                    elementIds(rows.getString(6)),
                                    Option.of(rows.getString(7)).getOrElse("")));
                    entries = entries.put(
                            key,
                            new Entry(key, rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)), taskId, outcome));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("read the journal", e);
        }
    }

    private static List<ElementId> elementIds(String joined) {
        return joined == null || joined.isEmpty()
                ? List.empty()
                : List.of(joined.split(",")).map(ElementId::of);
    }

    private void createTableIfMissing() {
        try (Connection c = dataSource.getConnection()) {
            if (exists(c)) {
                return;
            }
            try (Statement create = c.createStatement()) {
                create.executeUpdate("CREATE TABLE " + table + " (journal VARCHAR(200) NOT NULL,"
                        + " draft_key VARCHAR(500) NOT NULL, name VARCHAR(1000) NOT NULL, intent_at BIGINT NOT NULL,"
                        + " task_id VARCHAR(500), outcome CHAR(1), element_ids VARCHAR(4000), message VARCHAR(4000),"
                        + " PRIMARY KEY (journal, draft_key))");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLException e) {
                if (!exists(c)) { // another process may have created it meanwhile
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failure("create the journal table " + table, e);
        }
    }

    /** Whether the table exists, however the database folds the case of unquoted names. */
    private boolean exists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface Write {
        void run(Connection c) throws SQLException;
    }

    /** Runs one write on its own connection and commits it before returning. */
    private void write(String what, Write body) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            if (auto) {
                c.setAutoCommit(false);
            }
            try {
                body.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                if (auto) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else if (value instanceof Long l) {
                    statement.setLong(i + 1, l);
                } else {
                    statement.setString(i + 1, value.toString());
                }
            }
            return statement.executeUpdate();
        }
    }

    private static void known(IdempotencyKey key, int rows) {
        if (rows == 0) {
            throw new IllegalStateException("no intent recorded for key " + key);
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(
                "cannot " + what + " in the creation journal '" + journal + "' (table " + table + "): "
                        + e.getMessage(),
                e);
    }

    @Override
    public String toString() {
        return "JdbcCreationJournal[" + table + "/" + journal + "]";
    }
}
