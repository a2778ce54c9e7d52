package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static io.elements4j.cli.LifecycleCommandsTest.list;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Failures end with one clear line on stderr and the documented exit code; nothing secret is printed. */
class ErrorExitCodesTest {

    private static final String SIMULATED = "io.elements4j.cli.Simulated#ids";
    private static final String WRONG_KEY = "wrong-credential-0451";

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void a_bad_draft_exits_3_listing_every_violated_rule_with_field_and_code(String id) {
        CliResult refused = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        id,
                        "--name",
                        "A name far too long for any vendor",
                        "--description",
                        "x".repeat(101),
                        "--frontal",
                        "ftp://example.com/front.gif",
                        "--extra",
                        "ftp://example.com/side.gif");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err()).contains("error: create element \"A name far too long for any vendor\" refused");
        assertThat(refused.err())
                .contains(
                        "name: ",
                        "[" + RuleCodes.NAME_TOO_LONG + "]",
                        "description: ",
                        "[" + RuleCodes.DESCRIPTION_TOO_LONG + "]",
                        "references.frontal",
                        "[" + RuleCodes.MEDIA_URL_INVALID + "]");
        long violationLines = refused.err()
                .lines()
                .filter(line -> line.matches("  \\S+: .* \\[[a-z_.]+]"))
                .count();
        assertThat(violationLines).isGreaterThanOrEqualTo(5);
        assertThat(refused.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void a_bad_draft_with_json_lists_the_violations_in_the_one_document(String id) {
        CliResult refused = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        id,
                        "--json",
                        "--name",
                        "A name far too long for any vendor",
                        "--description",
                        "x".repeat(101),
                        "--frontal",
                        "https://example.com/front.jpg",
                        "--extra",
                        "https://example.com/side.jpg");

        assertThat(refused.exitCode()).isEqualTo(3);
        Map<String, Object> error = HashMap.ofAll(object(refused.json(), "error"));
        assertThat(error.get("exitCode").get().toString()).isEqualTo("3");
        Set<Object> codes = list(object(refused.json(), "error"), "violations").stream()
                .map(v -> ((java.util.Map<?, ?>) v).get("code"))
                .collect(Collectors.toSet());
        assertThat(codes).contains(RuleCodes.NAME_TOO_LONG, RuleCodes.DESCRIPTION_TOO_LONG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void wrong_credentials_exit_5_and_are_never_printed(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            Set<String> secretNames = Credentials.secretKeys(provider)
                    .map(key -> key.propertyName(id))
                    .toJavaSet();
            Map<String, String> wrong = vendor.configuration()
                    .map((name, value) -> new Tuple2<>(name, secretNames.contains(name) ? WRONG_KEY : value));
            CliRunner cli = new CliRunner().properties(wrong);

            CliResult rejected = cli.run(args(Drafts.validCreate(provider, "Locked Out"), "--verbose"));

            assertThat(rejected.exitCode()).as(rejected.toString()).isEqualTo(5);
            assertThat(rejected.err()).contains("error: create element \"Locked Out\" failed on");
            assertThat(rejected.out() + rejected.err()).doesNotContain(WRONG_KEY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#finding")
    void a_missing_element_exits_6(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult missing = new CliRunner()
                    .properties(vendor.configuration())
                    .run("get", "987654321987654321", "--provider", id);

            assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(6);
            assertThat(missing.err()).startsWith("error: get element 987654321987654321 failed on");
            assertThat(missing.err().lines().count()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#notListing")
    void listing_on_a_provider_that_cannot_list_exits_4_saying_so(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult list = new CliRunner().run("list", "--provider", id);

        LifecycleCommandsTest.assertUnsupported(list, provider);
        assertThat(list.err()).contains("cannot list the account's elements");
    }

    @Test
    void evolink_cannot_list_elements() {
        assumeThat(Simulated.has("evolink"))
                .as("the Evolink adapter is on the class path")
                .isTrue();

        CliResult list = new CliRunner().run("list", "--provider", "evolink");

        assertThat(list.exitCode()).as(list.toString()).isEqualTo(4);
        assertThat(list.err()).containsPattern("Evolink.* cannot list");
    }

    @Test
    void the_request_queue_cannot_list_elements_either() {
        assumeThat(Simulated.has("gmi-cloud"))
                .as("the queue adapter is on the class path")
                .isTrue();
        assumeThat(Simulated.metadata("gmi-cloud").supports(Capability.LIST)).isFalse();

        CliResult list = new CliRunner().run("list", "--provider", "gmi-cloud");

        assertThat(list.exitCode()).as(list.toString()).isEqualTo(4);
        assertThat(list.err()).contains("cannot list");
    }

    @Test
    void the_request_queues_former_id_still_selects_it() {
        assumeThat(Simulated.has("gmi-cloud"))
                .as("the queue adapter is on the class path")
                .isTrue();

        CliResult list = new CliRunner().run("list", "--provider", "fal-queue");

        assertThat(list.exitCode()).as(list.toString()).isEqualTo(4);
        assertThat(list.err()).contains("cannot list").doesNotContain("no provider on the class path has that id");
    }

    @Test
    void several_providers_and_no_choice_is_a_usage_error_pointing_at_the_provider_option() {
        CliResult unchosen = new CliRunner().run("tags");

        assertThat(unchosen.exitCode()).isEqualTo(2);
        assertThat(unchosen.err())
                .startsWith("error: which provider?")
                .contains("none was chosen", "test-full", "test-lean", "add --provider <id>", "ELEMENTS_PROVIDER=<id>")
                .doesNotContain("keep only one adapter jar");
        assertThat(unchosen.err().lines().count()).isEqualTo(1);
    }

    @Test
    void an_unknown_provider_is_a_usage_error_naming_the_option_it_came_from_and_the_known_ones() {
        CliResult unknown = new CliRunner().run("tags", "--provider", "acme");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("no provider 'acme' (given by --provider)", "test-full", "--provider ")
                .doesNotContain("Elements.builder()");
    }

    @Test
    void an_unknown_provider_from_a_definition_on_the_command_line_says_so() {
        CliResult unknown = new CliRunner().run("-Delements.provider=acme", "tags");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no provider 'acme' (given by -Delements.provider)");
    }

    @Test
    void the_provider_can_be_chosen_by_environment_variable() {
        CliResult tags = new CliRunner().env("ELEMENTS_PROVIDER", "test-full").run("tags", "--json");

        assertThat(tags.exitCode()).as(tags.toString()).isZero();
        assertThat(tags.json()).containsEntry("provider", "test-full");
    }

    @Test
    void a_base_url_without_credentials_starts_no_sandbox_and_exits_5() {
        CliResult noKey =
                new CliRunner().run("tags", "--provider", "test-full", "--base-url", "http://nowhere.invalid");

        assertThat(noKey.exitCode()).as(noKey.toString()).isEqualTo(5);
        assertThat(noKey.err()).doesNotContain("offline sandbox");
        assertThat(noKey.err()).contains("api-key", "TEST_FULL_TOKEN");
    }

    @Test
    void an_unexpected_failure_exits_1_and_shows_the_stack_trace_only_with_verbose() {
        CliResult quiet = new CliRunner()
                .property("elements.test-full.api-key", "fake-credential-5f2a")
                .run("tags", "--provider", "test-full", "--base-url", "http://nowhere.invalid");
        CliResult verbose = new CliRunner()
                .property("elements.test-full.api-key", "fake-credential-5f2a")
                .run("tags", "--provider", "test-full", "--base-url", "http://nowhere.invalid", "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.err())
                .contains("nothing listens at http://nowhere.invalid", "rerun with --verbose")
                .doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ");
        assertThat(quiet.err() + verbose.err()).doesNotContain("fake-credential-5f2a");
    }

    @Test
    void verbose_shows_every_detail_of_a_vendor_error() {
        try (OfflineVendor vendor = Simulated.start(Simulated.metadata("test-full"))) {
            CliResult quiet =
                    new CliRunner().properties(vendor.configuration()).run("task", "nope", "--provider", "test-full");
            CliResult verbose = new CliRunner()
                    .properties(vendor.configuration())
                    .run("task", "nope", "--provider", "test-full", "--verbose");

            assertThat(quiet.err()).doesNotContain("details:");
            assertThat(verbose.err())
                    .contains("details: NotFound[", "vendorCode=Some(404)", "requestId=Some(req-nope)");
        }
    }
}
