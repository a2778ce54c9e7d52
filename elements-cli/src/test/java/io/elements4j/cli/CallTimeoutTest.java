package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.FakeVendor;
import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.ports.spi.OfflineVendor;
import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --timeout} on a command that makes calls sets the provider's call-timeout, over any configured one. */
class CallTimeoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"tags", "voices", "list", "presets"})
    void the_timeout_option_bounds_each_call(String command) {
        try (OfflineVendor vendor = Simulated.start(Simulated.metadata(FullTestProvider.ID))) {
            CliResult result = new CliRunner()
                    .properties(vendor.configuration())
                    .property("elements.test-full.call-timeout", "10")
                    .run(command, "--provider", FullTestProvider.ID, "--timeout", "45s");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(((FakeVendor) vendor).lastCallTimeout()).isEqualTo(Duration.ofSeconds(45));
        }
    }

    @Test
    void without_the_option_the_configured_call_timeout_holds() {
        try (OfflineVendor vendor = Simulated.start(Simulated.metadata(FullTestProvider.ID))) {
            CliResult result = new CliRunner()
                    .properties(vendor.configuration())
                    .run("-Delements.test-full.call-timeout=PT10S", "get", "1", "--provider", FullTestProvider.ID);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(6);
            assertThat(((FakeVendor) vendor).lastCallTimeout()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void create_without_wait_takes_the_timeout_for_its_call_and_with_wait_for_the_wait() {
        try (OfflineVendor vendor = Simulated.start(Simulated.metadata(FullTestProvider.ID))) {
            CliRunner cli = new CliRunner().properties(vendor.configuration());
            String[] create = LifecycleCommandsTest.args(
                    Drafts.validCreate(Simulated.metadata(FullTestProvider.ID), "Timed Hero"), "--timeout", "30s");

            assertThat(cli.run(create).exitCode()).isZero();
            assertThat(((FakeVendor) vendor).lastCallTimeout()).isEqualTo(Duration.ofSeconds(30));

            CliResult waited = cli.run(LifecycleCommandsTest.args(List.of(create), "--wait"));
            assertThat(waited.exitCode()).as(waited.toString()).isZero();
            assertThat(((FakeVendor) vendor).lastCallTimeout())
                    .as("the default per call")
                    .isEqualTo(Duration.ofMinutes(2));
        }
    }
}
