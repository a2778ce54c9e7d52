package io.elements4j.cli;

import static io.elements4j.cli.LifecycleCommandsTest.args;
import static io.elements4j.cli.LifecycleCommandsTest.list;
import static io.elements4j.cli.LifecycleCommandsTest.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.cli.fake.LeanTestProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a newcomer meets in the first commands: the CLI's own advice works, and nothing misleads. */
class FirstStepsTest {

    private static final String SIMULATED = "io.elements4j.cli.Simulated#ids";
    private static final String SANDBOX_NOTE = "using the offline sandbox";

    @Test
    void a_definition_on_the_command_line_chooses_the_provider() {
        CliResult tags = new CliRunner().run("-Delements.provider=" + FullTestProvider.ID, "tags", "--json");

        assertThat(tags.exitCode()).as(tags.toString()).isZero();
        assertThat(tags.json()).containsEntry("provider", FullTestProvider.ID);
    }

    @Test
    void definitions_on_the_command_line_configure_the_provider_like_system_properties() {
        try (OfflineVendor vendor = Simulated.start(Simulated.metadata(FullTestProvider.ID))) {
            String[] defined = vendor.configuration()
                    .map(entry -> "-D" + entry._1 + "=" + entry._2)
                    .toJavaArray(String[]::new);

            CliResult tags = new CliRunner().run(args(List.of(defined), "tags", "--provider", FullTestProvider.ID));

            assertThat(tags.exitCode()).as(tags.toString()).isZero();
            assertThat(tags.err())
                    .as("the credentials came from -D: no sandbox")
                    .doesNotContain(SANDBOX_NOTE);
        }
    }

    @Test
    void the_executable_reads_definitions_before_any_logger_exists() {
        assertThat(Main.definitions(new String[] {"-Da=1", "list", "-Db", "--", "-Dc=3"}))
                .containsExactly(Map.entry("a", "1"), Map.entry("b", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void a_draft_that_breaks_the_rules_starts_no_sandbox(String id) {
        CliResult refused = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        id,
                        "--name",
                        "A name far too long for any" + " vendor",
                        "--description",
                        "d",
                        "--frontal",
                        "https://example.com/a.jpg",
                        "--extra",
                        "https://example.com/b.jpg");

        assertThat(refused.exitCode()).as(refused.toString()).isIn(3, 4);
        assertThat(refused.err()).doesNotContain(SANDBOX_NOTE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#notListing")
    void an_operation_the_provider_lacks_starts_no_sandbox(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult list = new CliRunner().run("list", "--provider", id, "--json");

        assertThat(list.exitCode()).isEqualTo(4);
        assertThat(list.err()).doesNotContain(SANDBOX_NOTE);
        assertThat(list.json()).doesNotContainKey("sandbox");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void an_idempotency_key_is_refused_where_the_provider_would_ignore_it(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult keyed =
                new CliRunner().run(args(Drafts.validCreate(provider, "Keyed Hero"), "--idempotency-key", "abc-123"));

        if (provider.supports(Capability.IDEMPOTENT_CREATE)) {
            assertThat(keyed.exitCode()).as(keyed.toString()).isZero();
        } else {
            assertThat(keyed.exitCode()).as(keyed.toString()).isEqualTo(4);
            assertThat(keyed.err())
                    .contains("does not deduplicate creates", "--idempotency-key would be silently" + " ignored")
                    .doesNotContain(SANDBOX_NOTE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void create_without_wait_on_a_one_shot_sandbox_does_not_offer_a_wait_that_cannot_work(String id) {
        ProviderMetadata provider = Simulated.metadata(id);

        CliResult created = new CliRunner().run(args(Drafts.validCreate(provider, "Quick Hero")));

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).doesNotContain("elements await");
        if (created.out().contains("Task ") && !created.out().contains("SUCCEEDED")) {
            assertThat(created.out()).contains("--wait", "elements sandbox " + id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void create_without_wait_on_a_vendor_offers_a_wait_only_where_tasks_can_be_looked_up(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliResult created = new CliRunner()
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Quick Hero"), "--json"));
            Map<String, Object> task = object(object(created.json(), "result"), "task");
            CliResult text = new CliRunner()
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Quick Hero")));

            assertThat(text.exitCode()).as(text.toString()).isZero();
            if (!"SUCCEEDED".equals(task.get("state")) && provider.supports(Capability.TASK_QUERY)) {
                assertThat(text.out()).containsPattern("Wait for it with `elements await \\S+ --provider " + id + "`");
            } else {
                assertThat(text.out()).doesNotContain("elements await");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.cli.Simulated#findingAndDeleting")
    void a_deleted_element_is_not_found_on_every_provider(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            CliRunner cli = new CliRunner().properties(vendor.configuration());
            CliResult created = cli.run(args(Drafts.validCreate(provider, "Gone Hero"), "--wait", "--json"));
            String elementId = (String) list(object(object(created.json(), "result"), "task"), "elementIds")
                    .get(0);
            assertThat(cli.run("delete", elementId, "--provider", id).exitCode())
                    .isZero();

            CliResult got = cli.run("get", elementId, "--provider", id, "--json");

            assertThat(got.exitCode()).as(got.toString()).isEqualTo(6);
            assertThat(object(got.json(), "error")).containsEntry("type", "NotFound");
            assertThat(got.err()).startsWith("error: get element " + elementId + " failed on");
        }
    }

    @Test
    void get_says_what_it_costs_and_where_each_provider_says_more() {
        CliResult help = new CliRunner().run("get", "--help");

        assertThat(help.out()).contains("one request on most providers", "without a lookup by id", "\"get costs\"");
    }

    @Test
    void ctrl_c_during_a_wait_names_the_task_and_how_to_resume() {
        ProviderMetadata provider = Simulated.metadata(FullTestProvider.ID);
        try (OfflineVendor vendor = Simulated.start(provider)) {
            Interrupting interrupting = new Interrupting();
            CliResult created = new CliRunner()
                    .interrupts(interrupting)
                    .properties(vendor.configuration())
                    .run(args(Drafts.validCreate(provider, "Never Ready"), "--json"));
            String taskId =
                    (String) object(object(created.json(), "result"), "task").get("id");

            CliResult waited = new CliRunner()
                    .interrupts(interrupting)
                    .properties(vendor.configuration())
                    .onSleep(interrupting::press)
                    .run("await", taskId, "--provider", FullTestProvider.ID, "--timeout", "1m");

            assertThat(interrupting.pressed).isTrue();
            assertThat(waited.err())
                    .contains(
                            "interrupted: task " + taskId,
                            "resume the wait with `elements await " + taskId + " --provider " + FullTestProvider.ID
                                    + "`");
            assertThat(interrupting.registered)
                    .as("the hook is removed when the wait ends")
                    .isZero();
        }
    }

    @Test
    void ctrl_c_on_a_one_shot_sandbox_says_the_task_cannot_be_resumed() {
        Interrupting interrupting = new Interrupting();
        CliResult waited = new CliRunner()
                .interrupts(interrupting)
                .onSleep(interrupting::press)
                .run(args(
                        Drafts.validCreate(Simulated.metadata(LeanTestProvider.ID), "Never Ready"),
                        "--wait",
                        "--timeout",
                        "1m"));

        assertThat(waited.err())
                .contains("ran on this command's offline sandbox", "cannot be resumed")
                .doesNotContain("elements await");
    }

    /** A stand-in for the JVM's shutdown hooks: "pressing Ctrl-C" runs what is registered, once. */
    static final class Interrupting implements CliContext.Interrupts {
        private final java.util.List<Runnable> hooks = new ArrayList<>();
        int registered;
        boolean pressed;

        @Override
        public AutoCloseable register(Runnable onInterrupt) {
            hooks.add(onInterrupt);
            registered++;
            return () -> {
                hooks.remove(onInterrupt);
                registered--;
            };
        }

        void press() {
            if (!pressed && !hooks.isEmpty()) {
                pressed = true;
                java.util.List.copyOf(hooks).forEach(Runnable::run);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(SIMULATED)
    void an_http_media_url_is_taken_as_the_missing_file_message_says(String id) {
        ProviderMetadata provider = Simulated.metadata(id);
        CliResult missing = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        id,
                        "--name",
                        "Hero",
                        "--description",
                        "d",
                        "--frontal",
                        "no-such-photo.jpg");
        String[] http = args(Drafts.validCreate(provider, "Plain Hero").map(a -> a.replace("https://", "http://")));

        assertThat(missing.err()).contains("give an http or https URL");
        assertThat(new CliRunner().run(http).exitCode()).isZero();
    }
}
