package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command against every provider on the class path that has an offline vendor, configured the way a user
 * would point the CLI at a vendor: its base URL and credentials as -D properties.
 */
class LifecycleCommandsTest {

    private static final String SIMULATED = "io.elements4j.cli.Simulated#ids";

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void creates_waits_finds_lists_and_deletes_an_element(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration());

            CliResult created = cli.run(args(Drafts.validCreate(provider, "Lifecycle Hero"), "--wait", "--json"));
            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.err())
                    .as("no sandbox note when credentials are set")
                    .doesNotContain("no credentials");
            Map<String, Object> task = object(object(created.json(), "result"), "task");
            assertThat(task).containsEntry("state", "SUCCEEDED");
            String elementId = (String) list(task, "elementIds").get(0);
            String taskId = (String) task.get("id");

            CliResult got = cli.run("get", elementId, "--provider", id);
            if (provider.supports(Capability.FIND)) {
                assertThat(got.exitCode()).as(got.toString()).isZero();
                assertThat(got.out()).contains("Element " + elementId);
            } else {
                assertUnsupported(got, provider);
            }

            CliResult listed = cli.run("list", "--provider", id, "--json");
            if (provider.supports(Capability.LIST)) {
                assertThat(listed.exitCode()).as(listed.toString()).isZero();
                assertThat(list(object(listed.json(), "result"), "elements"))
                        .anySatisfy(e -> assertThat(((Map<?, ?>) e).get("id")).isEqualTo(elementId));
            } else {
                assertUnsupported(listed, provider);
            }

            CliResult polled = cli.run("task", taskId, "--provider", id);
            if (provider.supports(Capability.TASK_QUERY)) {
                assertThat(polled.exitCode()).as(polled.toString()).isZero();
                assertThat(polled.out()).contains("Task " + taskId + ": SUCCEEDED");
                CliResult awaited = cli.run("await", taskId, "--provider", id, "--timeout", "2m");
                assertThat(awaited.exitCode()).as(awaited.toString()).isZero();
            } else {
                assertUnsupported(polled, provider);
            }

            CliResult deleted = cli.run("delete", elementId, "--provider", id);
            if (provider.supports(Capability.DELETE)) {
                assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
                assertThat(deleted.out()).contains("Deleted element " + elementId);
                CliResult again = cli.run("delete", elementId, "--provider", id);
                assertThat(again.exitCode()).as(again.toString()).isZero();
                assertThat(again.out()).contains("already gone");
            } else {
                assertUnsupported(deleted, provider);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void creating_without_waiting_prints_the_task_to_wait_for(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult created = new CliRunner()
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Quick Hero")));

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.out()).containsPattern("Task \\S+: (SUBMITTED|QUEUED|PROCESSING|SUCCEEDED)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#listing")
    void a_single_page_says_where_the_next_one_is(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration());
            for (int i = 1; i <= 3; i++) {
                assertThat(cli.run(args(Drafts.validCreate(provider, "Paged " + i), "--wait"))
                                .exitCode())
                        .isZero();
            }

            CliResult first = cli.run("list", "--provider", id, "--page", "1", "--size", "2", "--json");

            assertThat(first.exitCode()).as(first.toString()).isZero();
            Map<String, Object> page = object(first.json(), "result");
            assertThat(list(page, "elements")).hasSize(2);
            assertThat(page).containsEntry("hasMore", true);

            CliResult all = cli.run("list", "--provider", id, "--size", "1");
            assertThat(all.out()).contains("page 1: 1 element");

            CliResult everything = cli.run("list", "--provider", id);
            assertThat(everything.out()).contains("3 elements");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void catalogue_commands_answer_or_say_the_provider_cannot(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration());

            check(cli.run("tags", "--provider", id, "--json"), provider, Capability.TAG_CATALOGUE, "tags");
            check(cli.run("voices", "--provider", id, "--json"), provider, Capability.VOICE_CATALOGUE, "voices");
            check(cli.run("presets", "--provider", id, "--json"), provider, Capability.PRESETS, "elements");
        }
    }

    private static void check(CliResult result, ProviderMetadata provider, Capability capability, String member) {
        if (provider.supports(capability)) {
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(object(result.json(), "result")).containsKey(member);
        } else {
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
            assertThat(object(result.json(), "error")).containsEntry("type", "Unsupported");
        }
    }

    static void assertUnsupported(CliResult result, ProviderMetadata provider) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
        assertThat(result.err()).contains(provider.displayName() + " (" + provider.id() + ") cannot");
        assertThat(result.err()
                        .lines()
                        .filter(line -> line.startsWith("error:"))
                        .count())
                .isEqualTo(1);
    }

    static String[] args(Seq<String> base, String... more) {
        return base.appendAll(List.of(more)).toJavaArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> json, String member) {
        return (Map<String, Object>) json.get(member);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> json, String member) {
        return (List<Object>) json.get(member);
    }
}
