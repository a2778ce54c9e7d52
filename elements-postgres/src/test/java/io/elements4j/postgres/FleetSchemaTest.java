package io.elements4j.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The schema appears on first use, once, however many instances start at the same moment. */
class FleetSchemaTest {

    @Test
    void the_first_use_creates_every_table_and_notes_each_migration_once() throws Exception {
        DataSource db = TestDatabases.fresh();
        assertThat(FleetSchema.currentVersion(db)).isZero();

        assertThat(FleetSchema.migrate(db)).isEqualTo(FleetSchema.latestVersion());
        assertThat(FleetSchema.migrate(db)).as("again: nothing to do").isEqualTo(FleetSchema.latestVersion());

        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT version, description FROM " + FleetSchema.VERSION_TABLE + " ORDER BY version")) {
            List<Integer> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
                assertThat(rows.getString(2)).isNotBlank();
            }
            assertThat(versions)
                    .as("each migration noted once, in order")
                    .hasSize(FleetSchema.latestVersion())
                    .isSorted()
                    .doesNotHaveDuplicates();
        }
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM elements4j_task_updates")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void instances_starting_together_wait_for_one_another_instead_of_racing() {
        DataSource db = TestDatabases.fresh();
        List<CompletableFuture<Integer>> starts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> FleetSchema.migrate(db)));
        }
        assertThat(starts.stream().map(CompletableFuture::join)).containsOnly(FleetSchema.latestVersion());
        assertThat(FleetSchema.currentVersion(db)).isEqualTo(FleetSchema.latestVersion());
    }

    @Test
    void a_database_that_cannot_be_reached_fails_with_the_reason() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[] {"127.0.0.1"});
        nowhere.setPortNumbers(new int[] {1});
        nowhere.setConnectTimeout(2);
        assertThatThrownBy(() -> FleetSchema.migrate(nowhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot create or migrate the elements4j tables: ");
    }
}
