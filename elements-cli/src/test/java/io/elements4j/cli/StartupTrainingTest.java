package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The start-up archive's training names no provider: it trains whatever providers are on the class path, each
 * against the sandbox {@code elements sandbox all} serves for it, and one without a sandbox against a closed port.
 */
class StartupTrainingTest {

    @Test
    void every_shipped_provider_with_a_sandbox_is_trained_against_the_sandbox_the_cli_serves() throws IOException {
        CliResult served = new CliRunner().classLoader(Shipped.loader()).run("sandbox", "all", "--for", "1s");
        Seq<ProviderMetadata> sandboxed = Shipped.providers()
                .filter(p ->
                        OfflineVendors.forProvider(p.id(), Shipped.loader()).isDefined());
        assertThat(sandboxed).as("shipped providers with a sandbox").isNotEmpty();

        Properties settings = StartupTraining.settings(
                sandboxed.toJavaList(), StartupTraining.served(new BufferedReader(new StringReader(served.out()))));

        for (ProviderMetadata provider : sandboxed) {
            String sandbox = served.out()
                    .lines()
                    .filter(line -> line.startsWith(Credentials.label(provider) + ": sandbox at "))
                    .findFirst()
                    .orElseThrow()
                    .replaceFirst(".*: sandbox at ", "");
            assertThat(settings.getProperty("elements." + provider.id() + ".base-url"))
                    .as(provider.id())
                    .startsWith("http://127.0.0.1:")
                    .startsWith(sandbox);
            assertThat(settings.getProperty("elements." + provider.id() + ".call-timeout"))
                    .isEqualTo("PT10S");
        }
    }

    @Test
    void a_provider_without_a_sandbox_gets_a_closed_port_and_a_made_up_credential_only() throws IOException {
        ProviderMetadata served = TestMetadata.of("served", "Served", "SERVED_TOKEN", "https://api.served.example");
        ProviderMetadata unserved =
                TestMetadata.of("unserved", "Unserved", "UNSERVED_TOKEN", "https://api.unserved.example");
        String output = String.join(
                "\n",
                "Served (served): sandbox at http://127.0.0.1:4100",
                "  export ELEMENTS_SERVED_BASE_URL=http://127.0.0.1:4100",
                "  or: -Delements.served.base-url=http://127.0.0.1:4100 -Delements.served.api-key=sandbox-key",
                "Serving for 3m.",
                "  or: -Delements.late.base-url=http://127.0.0.1:4200");

        Properties settings = StartupTraining.settings(
                List.of(served, unserved).toJavaList(),
                StartupTraining.served(new BufferedReader(new StringReader(output))));

        assertThat(settings.getProperty("elements.served.base-url")).isEqualTo("http://127.0.0.1:4100");
        assertThat(settings.getProperty("elements.served.api-key")).isEqualTo("sandbox-key");
        assertThat(settings.getProperty("elements.unserved.base-url"))
                .startsWith("http://127.0.0.1:")
                .isNotEqualTo("http://127.0.0.1:4100");
        assertThat(settings.getProperty("elements.unserved.api-key")).isEqualTo("training-only-not-a-credential");
        assertThat(settings.stringPropertyNames()).noneMatch(name -> name.startsWith("elements.late."));
    }

    @Test
    void klings_access_and_secret_key_are_trained_in_place_of_its_api_key() {
        ProviderMetadata kling =
                Shipped.providers().find(p -> p.id().equals("kling-official")).get();
        Properties settings = new Properties();
        settings.setProperty("elements.kling-official.base-url", "http://127.0.0.1:4100");
        settings.setProperty("elements.kling-official.api-key", "sandbox-key");

        Properties other = StartupTraining.otherCredential(kling, settings);

        assertThat(other.getProperty("elements.kling-official.api-key")).isNull();
        assertThat(other.getProperty("elements.kling-official.access-key")).isEqualTo("training-only-not-a-credential");
        assertThat(other.getProperty("elements.kling-official.secret-key")).isEqualTo("training-only-not-a-credential");
        assertThat(other.getProperty("elements.kling-official.base-url")).isEqualTo("http://127.0.0.1:4100");
        assertThat(settings.getProperty("elements.kling-official.api-key"))
                .as("the settings given are left as they were")
                .isEqualTo("sandbox-key");
    }

    @Test
    void a_provider_with_one_credential_gets_no_second_run() {
        ProviderMetadata served = TestMetadata.of("served", "Served", "SERVED_TOKEN", "https://api.served.example");
        Properties settings = new Properties();
        settings.setProperty("elements.served.api-key", "sandbox-key");

        assertThat(StartupTraining.otherCredential(served, settings)).isSameAs(settings);
    }
}
