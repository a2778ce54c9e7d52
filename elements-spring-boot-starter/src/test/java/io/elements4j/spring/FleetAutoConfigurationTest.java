package io.elements4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.postgres.FleetSchema;
import io.elements4j.postgres.PostgresFleet;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** elements.fleet.enabled=true joins the facade to a fleet on the app's DataSource, here a real PostgreSQL. */
class FleetAutoConfigurationTest {

    private static final VendorSimulator vendor = Sandboxes.start("useapi");
    private static EmbeddedPostgres postgres;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ElementsAutoConfiguration.class))
            .withPropertyValues(vendor.configuration().toJavaMap().entrySet().stream()
                    .map(e -> e.getKey().replace("elements.useapi.", "elements.config.") + "=" + e.getValue())
                    .toArray(String[]::new));

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        vendor.close();
        postgres.close();
    }

    @Test
    void the_property_builds_the_fleet_on_the_apps_data_source_and_the_facade_joins_it() {
        DataSource db = postgres.getPostgresDatabase();
        runner.withBean(DataSource.class, () -> db)
                .withPropertyValues(
                        "elements.fleet.enabled=true",
                        "elements.fleet.account=useapi-main",
                        "elements.fleet.parallel-tasks=3")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(PostgresFleet.class);
                    assertThat(FleetSchema.currentVersion(db)).isEqualTo(FleetSchema.latestVersion());
                    context.getBean(Elements.class);
                    try (Connection c = db.getConnection();
                            Statement st = c.createStatement();
                            ResultSet slots = st.executeQuery("SELECT count(*) FROM elements4j_account_slots"
                                    + " WHERE account = 'useapi-main'")) {
                        slots.next();
                        assertThat(slots.getInt(1))
                                .as("the account's limit, shared")
                                .isEqualTo(3);
                    }
                });
    }

    @Test
    void without_the_property_there_is_no_fleet_and_a_half_set_account_fails_the_start() {
        runner.withBean(DataSource.class, () -> postgres.getPostgresDatabase())
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PostgresFleet.class));
        runner.withBean(DataSource.class, () -> postgres.getPostgresDatabase())
                .withPropertyValues("elements.fleet.enabled=true", "elements.fleet.account=useapi-main")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("elements.fleet.account and elements.fleet.parallel-tasks go together"));
        runner.withPropertyValues("elements.fleet.enabled=true")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("needs the app's DataSource"));
    }
}
