package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.list;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.LeanTestProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code elements sandbox} serves simulators for manual use; tests bound it with --for on virtual time. */
class SandboxCommandTest {

    @Test
    void serves_every_sandbox_and_prints_how_to_use_each() {
        CliRunner cli = new CliRunner();

        CliResult served = cli.run("sandbox", "--for", "30m");

        assertThat(served.exitCode()).as(served.toString()).isZero();
        for (String id : Simulated.providers().map(p -> p.id())) {
            String env = "ELEMENTS_" + id.toUpperCase().replace('-', '_');
            assertThat(served.out()).contains("export " + env + "_BASE_URL=", "-Delements." + id + ".base-url=");
        }
        assertThat(served.out()).contains("Serving for 30m 00s.");
        assertThat(cli.time.totalSlept()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void serves_one_sandbox_as_one_json_document() {
        CliResult served = new CliRunner().run("sandbox", LeanTestProvider.ID, "--for", "1s", "--json");

        assertThat(served.exitCode()).as(served.toString()).isZero();
        List<Object> sandboxes = list(object(served.json(), "result"), "sandboxes");
        assertThat(sandboxes).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> sandbox = (Map<String, Object>) sandboxes.get(0);
        assertThat(sandbox).containsEntry("provider", LeanTestProvider.ID);
        assertThat(object(sandbox, "env")).containsKeys("ELEMENTS_TEST_LEAN_BASE_URL", "ELEMENTS_TEST_LEAN_API_KEY");
    }

    @Test
    void the_provider_option_picks_the_sandbox_too() {
        CliResult served = new CliRunner().run("sandbox", "--provider", LeanTestProvider.ID, "--for", "1s");

        assertThat(served.exitCode()).isZero();
        assertThat(served.out())
                .contains("Test Lean (test-lean): sandbox at http://test-lean.fake.invalid/")
                .doesNotContain("test-full");
    }

    @Test
    void an_unknown_sandbox_is_a_usage_error_naming_the_known_ones() {
        CliResult unknown = new CliRunner().run("sandbox", "acme", "--for", "1s");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no offline sandbox for 'acme'", "test-full");
    }

    @Test
    void a_base_url_means_nothing_to_the_sandbox_and_is_refused() {
        CliResult refused = new CliRunner().run("sandbox", "--base-url", "http://example.com", "--for", "1s");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--base-url does not apply to `elements sandbox`");
        assertThat(refused.out()).doesNotContain("sandbox at");
    }

    @Test
    void all_sandboxes_are_listed_in_the_usual_order_though_they_start_side_by_side() {
        CliResult served = new CliRunner().run("sandbox", "all", "--for", "1s");

        assertThat(served.exitCode()).isZero();
        List<String> order = served.out()
                .lines()
                .filter(line -> line.contains(": sandbox at "))
                .map(line -> line.substring(line.lastIndexOf('(') + 1, line.indexOf(')', line.lastIndexOf('('))))
                .toList();
        assertThat(order)
                .isEqualTo(Providers.orderedIds(Simulated.providers().map(p -> p.id()))
                        .toJavaList());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("io.elements4j.cli.Simulated#notListing")
    void a_single_sandbox_suggests_a_first_command_its_provider_can_run(String id) {
        CliResult served = new CliRunner().run("sandbox", id, "--for", "1s");

        assertThat(served.out())
                .contains("export ELEMENTS_PROVIDER=" + id + " && elements ")
                .doesNotContain("&& elements list");
    }
}
