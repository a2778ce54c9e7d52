package io.elements4j.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The tables the fleet shares, created on first use and migrated by version. Each migration is a SQL script shipped
 * in this jar, applied once, in order, and noted in {@value #VERSION_TABLE} (version, description, when). All of a
 * start's migrations run in one transaction under a transaction-scoped advisory lock, so instances starting together
 * wait for one another instead of racing, and a migration that fails leaves the schema as it was.
 *
 * <p>A small table of our own rather than Flyway or Liquibase: the host app may run either, at a version of its own
 * choosing, with its own history table; this module neither imposes one on its class path nor writes into theirs.
 * Migrations only add (tables, columns, indexes), so an instance of the previous version keeps working while a
 * rolling upgrade replaces it; a schema newer than this jar knows is used as it is.
 *
 * <p>The tables go into the connection's current schema ({@code search_path}); to keep them apart, give the data
 * source a schema of their own ({@code currentSchema=elements4j} on the JDBC URL).
 */
public final class FleetSchema {

    /** The table noting which migrations were applied. */
    public static final String VERSION_TABLE = "elements4j_schema_version";

    /** The advisory lock key that serialises migrations: "el4j" in ASCII. */
    private static final long MIGRATION_LOCK = 0x656c346aL;

    private record Migration(int version, String description, String script) {}

    /** Every migration, in order; a new one goes at the end with the next version. */
    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "task updates from callbacks", "V1__task_updates.sql"),
            new Migration(2, "account slots", "V2__account_slots.sql"),
            new Migration(3, "bulk drafts", "V3__bulk_drafts.sql"),
            new Migration(4, "task updates by draft", "V4__task_updates_by_draft.sql"));

    private FleetSchema() {}

    /**
     * The version this jar migrates to.
     *
     * @return the highest migration version it ships
     */
    public static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /**
     * Creates the tables when missing and applies the migrations not yet applied. Safe to call from every instance
     * at once, and again: it does nothing when the schema is current.
     *
     * @param dataSource the database
     * @return the schema's version now
     * @throws IllegalStateException when the database cannot be reached or a migration fails (nothing of it applied)
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int version = migrate(c);
                c.commit();
                return version;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create or migrate the elements4j tables: " + e.getMessage(), e);
        }
    }

    /**
     * The version the database's schema is at.
     *
     * @param dataSource the database
     * @return the highest migration applied, 0 when none was
     * @throws IllegalStateException when the database cannot be reached
     */
    public static int currentVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return current(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the elements4j schema version: " + e.getMessage(), e);
        }
    }

    private static int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            s.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        int version = current(c);
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= version) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                s.execute(script(migration.script()));
            }
            try (PreparedStatement note =
                    c.prepareStatement("INSERT INTO " + VERSION_TABLE + " (version, description) VALUES (?, ?)")) {
                note.setInt(1, migration.version());
                note.setString(2, migration.description());
                note.executeUpdate();
            }
            version = migration.version();
        }
        return version;
    }

    private static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet exists = s.executeQuery("SELECT to_regclass('" + VERSION_TABLE + "') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet max = s.executeQuery("SELECT coalesce(max(version), 0) FROM " + VERSION_TABLE)) {
            max.next();
            return max.getInt(1);
        }
    }

    private static String script(String name) {
        try (InputStream in = FleetSchema.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the migration script " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration script " + name, e);
        }
    }
}
