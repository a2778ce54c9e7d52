package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import org.junit.jupiter.api.Test;

/** Long waits show the task's state and the time elapsed on stderr when it is a terminal, and nothing otherwise. */
class ProgressTest {

    private final ProviderMetadata provider = Simulated.metadata(FullTestProvider.ID);

    @Test
    void a_terminal_sees_the_state_and_the_elapsed_time_while_waiting() {
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration()).interactive();

            CliResult created = cli.run(args(Drafts.validCreate(provider, "Patient Hero"), "--wait"));

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.err()).contains("waiting for the new element: PROCESSING 50%", "s elapsed", "SUCCEEDED");
            assertThat(created.out()).doesNotContain("waiting for");
            assertThat(cli.time.sleepCount())
                    .as("the wait slept on virtual time")
                    .isPositive();
        }
    }

    @Test
    void a_pipe_sees_no_progress() {
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult created = new CliRunner()
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Patient Hero"), "--wait"));

            assertThat(created.exitCode()).isZero();
            assertThat(created.err()).isEmpty();
        }
    }

    @Test
    void awaiting_a_task_shows_progress_too() {
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration()).interactive();
            CliResult created = cli.run(args(Drafts.validCreate(provider, "Later Hero"), "--json"));
            String taskId = (String)
                    LifecycleCommandsTest.object(LifecycleCommandsTest.object(created.json(), "result"), "task")
                            .get("id");

            CliResult awaited = cli.run("await", taskId, "--provider", provider.id());

            assertThat(awaited.exitCode()).as(awaited.toString()).isZero();
            assertThat(awaited.err()).contains("waiting for task " + taskId + ": ");
            assertThat(awaited.out()).contains("Task " + taskId + ": SUCCEEDED", "finished after");
        }
    }

    @Test
    void awaiting_a_task_that_does_not_exist_exits_6() {
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult missing = new CliRunner()
                    .properties(vendor.configuration())
                    .run("await", "task-that-is-not-there", "--provider", provider.id());

            assertThat(missing.exitCode())
                    .as("a task that does not exist is not found, not waited for")
                    .isEqualTo(6);
        }
    }
}
