package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Without credentials a command runs against the provider's offline sandbox, and says so in one line. */
class OfflineByDefaultTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#ids")
    void without_credentials_the_command_runs_on_the_sandbox_and_says_so_once(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult created = new CliRunner().run(args(Drafts.validCreate(provider, "Offline Hero"), "--wait"));

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.err().lines().toList())
                .singleElement()
                .asString()
                .matches("no credentials for " + id + " \\(set [^)]*"
                        + provider.configKeys().filter(k -> k.secret()).head().envName(id)
                        + "[^)]*\\): using the offline sandbox at \\S+");
        assertThat(created.out()).contains("SUCCEEDED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#ids")
    void with_json_the_document_names_the_sandbox(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult created = new CliRunner().run(args(Drafts.validCreate(provider, "Offline Hero"), "--json"));

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.json())
                .containsEntry("ok", true)
                .containsEntry("provider", id)
                .containsKey("sandbox");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#ids")
    void with_credentials_it_talks_to_the_configured_vendor(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult created = new CliRunner()
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Online Hero"), "--json"));

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.err()).isEmpty();
            assertThat(created.json()).doesNotContainKey("sandbox");
        }
    }
}
