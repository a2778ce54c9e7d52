package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The start-up warm-up runs only for commands that call a vendor, hands the command the providers it would have
 * found itself, and never changes what a command sees when a step of it fails.
 */
class StartupWarmupTest {

    @ParameterizedTest
    @ValueSource(strings = {"task 860000000000000001", "create --name A", "list --json", "--provider useapi delete 1"})
    void starts_for_a_command_that_calls_a_vendor(String commandLine) {
        assertThat(StartupWarmup.start(commandLine.split(" "), Shipped.loader()))
                .as(commandLine)
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"providers", "--help", "sandbox all", "demo", "lsit", ""})
    void does_not_start_for_a_command_that_calls_no_vendor_or_names_none(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

        assertThat(StartupWarmup.start(args, Shipped.loader())).as(commandLine).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'task 1', true",
        "'task 1 --base-url https://api.example.com', true",
        "'task 1 --base-url HTTPS://api.example.com', true",
        "'task 1 --base-url=https://api.example.com', true",
        "'task 1 --base-url http://127.0.0.1:8080', false",
        "'task 1 --base-url=http://127.0.0.1:8080', false",
        "'task 1 -- --base-url http://127.0.0.1:8080', true"
    })
    void sets_tls_up_unless_the_command_names_a_plain_http_base_url(String commandLine, boolean tls) {
        assertThat(StartupWarmup.overHttps(commandLine.split(" ")))
                .as(commandLine)
                .isEqualTo(tls);
    }

    @Test
    void hands_the_command_the_providers_a_scan_of_its_class_loader_finds() {
        StartupWarmup.Work work = new StartupWarmup.Work(Shipped.loader(), false, Option.none());

        work.run();

        assertThat(ids(work.get()))
                .isNotEmpty()
                .containsExactlyElementsOf(ids(ElementsProviders.available(Shipped.loader())));
    }

    @Test
    void a_scan_that_failed_on_the_warm_up_thread_is_done_again_for_the_command() {
        AtomicInteger scans = new AtomicInteger();
        ClassLoader failsOnce = new ClassLoader(Shipped.loader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (name.startsWith("META-INF/services/") && scans.getAndIncrement() == 0) {
                    throw new IllegalStateException("a class path that fails the first look");
                }
                return super.getResources(name);
            }
        };
        StartupWarmup.Work work = new StartupWarmup.Work(failsOnce, false, Option.none());

        work.run();

        assertThat(ids(work.get())).isNotEmpty();
        assertThat(scans.get()).as("looks at the class path").isGreaterThan(1);
    }

    @Test
    void prepares_the_provider_the_command_line_names_and_none_when_it_cannot_tell_which() {
        Seq<FoundProvider> found = ElementsProviders.available(Shipped.loader());

        assertThat(StartupWarmup.Work.chosen(Option.some("useapi"), found)
                        .map(provider -> provider.metadata().id()))
                .contains("useapi");
        if (System.getenv("ELEMENTS_PROVIDER") == null && System.getProperty("elements.provider") == null) {
            assertThat(StartupWarmup.Work.chosen(Option.none(), found))
                    .as("several providers, none named")
                    .isEmpty();
        }
        assertThat(StartupWarmup.Work.chosen(Option.some("no-such-vendor"), found))
                .as("the command reports the unknown id itself")
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'task 1 --provider useapi', useapi",
        "'--provider=evolink task 1', evolink",
        "'-Dk=v --provider kling-official task 1', kling-official",
        "'task 1', ''",
        "'task 1 -- --provider useapi', ''",
        "'task 1 --provider', ''"
    })
    void reads_provider_from_a_command_line_not_yet_parsed(String commandLine, String provider) {
        assertThat(ElementsCommand.providerArgument(commandLine.split(" ")).getOrElse(""))
                .as(commandLine)
                .isEqualTo(provider);
    }

    @Test
    void the_shared_json_mapper_it_sets_up_is_on_the_clis_class_path_under_that_name() {
        // Named, not referenced: a rename of the class would otherwise silently leave it out of every warm-up.
        assertThatCode(() -> Class.forName(StartupWarmup.ADAPTERS_JSON, false, Shipped.loader()))
                .doesNotThrowAnyException();
    }

    @Test
    void the_jdk_class_it_initialises_by_name_is_in_this_jdk() {
        // A JDK without it skips the step; this one, the JDK the build runs on, must have it, or the step does nothing.
        assertThatCode(() -> Class.forName(StartupWarmup.JDK_ANCHOR_CERTIFICATES, false, null))
                .doesNotThrowAnyException();
    }

    private static Seq<String> ids(Seq<FoundProvider> found) {
        return found.map(FoundProvider::id);
    }
}
