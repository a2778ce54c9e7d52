package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.list;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.elements4j.cli.fake.LeanTestProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.ProviderMetadata;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code elements demo}: the lifecycle on every provider, told as a story; unsupported steps are skips. */
class DemoCommandTest {

    @Test
    void tells_the_whole_lifecycle_on_every_provider_and_exits_0() {
        CliResult demo = new CliRunner().run("demo");

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        for (ProviderMetadata provider : Simulated.providers()) {
            assertThat(demo.out()).contains(Credentials.label(provider) + " - sandbox at ");
        }
        assertThat(demo.out())
                .contains(
                        "[ok]   create",
                        "[ok]   await",
                        "[ok]   get",
                        "[ok]   list",
                        "[ok]   prompt",
                        "[ok]   delete",
                        "Every supported step worked")
                .doesNotContain("[FAIL]");
    }

    @Test
    void steps_a_provider_does_not_offer_are_told_as_skipped() {
        CliResult demo = new CliRunner().run("demo", "--provider", LeanTestProvider.ID);

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out())
                .contains(
                        "[skip] list    Test Lean cannot list the account's elements - skipped",
                        "[skip] delete",
                        "[skip] get",
                        "[ok]   await");
    }

    @Test
    void evolink_is_told_it_cannot_list_elements() {
        assumeThat(Simulated.has("evolink"))
                .as("the Evolink adapter is on the class path")
                .isTrue();
        assumeThat(Simulated.metadata("evolink").supports(Capability.LIST)).isFalse();

        CliResult demo = new CliRunner().run("demo", "--provider", "evolink");

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).containsPattern("\\[skip] list +Evolink.* cannot list");
    }

    @Test
    void as_json_it_is_one_document_with_every_step() {
        CliResult demo = new CliRunner().run("demo", "--json");

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        Map<String, Object> result = object(demo.json(), "result");
        assertThat(demo.json()).containsEntry("ok", true);
        // every provider found is in the document; those without an offline sandbox are skipped, not left out
        assertThat(list(result, "providers").stream().filter(p -> ((Map<?, ?>) p).get("sandbox") != null))
                .hasSize(Simulated.providers().size());
        @SuppressWarnings("unchecked")
        Map<String, Object> first =
                (Map<String, Object>) list(result, "providers").get(0);
        assertThat(list(first, "steps").stream().map(step -> String.valueOf(((Map<?, ?>) step).get("step"))))
                .contains("create", "await");
    }

    @Test
    void ignores_the_users_own_credentials() {
        CliResult demo = new CliRunner()
                .env("TEST_FULL_TOKEN", "someone-elses-real-key")
                .property("elements.test-full.api-key", "another-real-key")
                .run("demo");

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out() + demo.err()).doesNotContain("someone-elses-real-key", "another-real-key");
    }
}
