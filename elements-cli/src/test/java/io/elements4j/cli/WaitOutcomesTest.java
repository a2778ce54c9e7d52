package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A wait that runs out of time, or a task that fails, exits 8 and says what to do next. */
class WaitOutcomesTest {

    private final ProviderMetadata provider = Simulated.metadata(FullTestProvider.ID);

    @Test
    void a_wait_that_runs_out_of_time_exits_8_and_says_how_to_wait_again() {
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration());

            CliResult slow = cli.run(args(Drafts.validCreate(provider, "Never Ready"), "--wait", "--timeout", "10m"));

            assertThat(slow.exitCode()).as(slow.toString()).isEqualTo(8);
            assertThat(slow.err()).contains("did not finish", "elements await");
            assertThat(cli.time.totalSlept()).isEqualTo(Duration.ofMinutes(10));
        }
    }

    @Test
    void a_failed_task_exits_8_with_the_vendors_reason() {
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult failed = new CliRunner()
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Doomed Hero"), "--wait", "--json"));

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(8);
            assertThat(failed.err()).contains("the photo shows no face");
            assertThat(LifecycleCommandsTest.object(failed.json(), "error")).containsEntry("type", "TaskFailed");
        }
    }
}
