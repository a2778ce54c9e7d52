package io.elements4j.integration.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.elements4j.integration.readme.ReadmeJavaBlocks.Block;
import io.elements4j.integration.readme.ReadmeJavaBlocks.Compilation;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every {@code ```java} block of README.md is a whole source file and compiles against the library as it is (the
 * Spring Boot ones against the starter), all taken out of README.md as it stands. The host-app class and its
 * {@code @ElementsSandbox} test then run unchanged on each provider's sandbox, with all four adapters on the class
 * path and {@code elements.provider} naming one: so the README cannot drift from what the library does.
 */
class ReadmeJavaBlocksTest {

    /** Every provider on the class path (each adapter the BOM lists), so a new one is run without editing this test. */
    static List<String> everyProvider() {
        List<String> ids = ServiceLoader.load(ElementsProvider.class).stream()
                .map(provider -> provider.get().metadata().id())
                .sorted()
                .toList();
        assertThat(ids).as("the adapters on the class path").hasSizeGreaterThanOrEqualTo(9);
        return ids;
    }

    private static final String HOST_APP = "com.example.characters.CharacterService";
    private static final String HOST_APP_TEST = "com.example.characters.CharacterServiceTest";

    @TempDir
    static Path compiled;

    private static Compilation readmeCompilation;

    @BeforeAll
    static void compileEveryJavaBlockOfTheReadme() throws IOException {
        readmeCompilation =
                ReadmeJavaBlocks.compile("README.md", ReadmeJavaBlocks.in(ReadmeJavaBlocks.readme()), compiled);
    }

    @Test
    void every_java_block_of_the_readme_is_a_whole_file_that_compiles() throws IOException {
        String readme = ReadmeJavaBlocks.readme();
        List<Block> blocks = ReadmeJavaBlocks.in(readme);

        assertThat(blocks)
                .as("every java block is opened by a line that is exactly ```java")
                .hasSize((int) ReadmeJavaBlocks.fencesIn(readme));
        assertThat(blocks)
                .extracting(Block::qualifiedName)
                .as("the host app, its test, the async and callback examples, the Spring service, controller, test")
                .contains(HOST_APP, HOST_APP_TEST, "com.example.app.CharacterController");
        assertThat(readmeCompilation.compiled())
                .as("README.md's java blocks compile:%n%s", readmeCompilation.report())
                .isTrue();
    }

    @Test
    void a_block_that_does_not_compile_is_reported_at_its_line_in_the_markdown(@TempDir Path into) throws IOException {
        String markdown = "# Title\n\n```java\npackage p;\n\npublic class Broken {\n    Elements elements;\n}\n```\n";

        Compilation compilation = ReadmeJavaBlocks.compile("GUIDE.md", ReadmeJavaBlocks.in(markdown), into);

        assertThat(compilation.compiled()).isFalse();
        assertThat(compilation.report()).contains("GUIDE.md:7: ", "cannot find symbol", "Elements");
    }

    @Test
    void a_block_of_statements_is_refused_as_not_a_whole_file(@TempDir Path into) throws IOException {
        String markdown = "Text\n```java\nelements.async().createAndAwait(draft);\n```\n";

        Compilation compilation = ReadmeJavaBlocks.compile("GUIDE.md", ReadmeJavaBlocks.in(markdown), into);

        assertThat(compilation.compiled()).isFalse();
        assertThat(compilation.report()).contains("GUIDE.md:2: not a whole source file");
    }

    @Test
    void a_java_block_opened_in_another_spelling_is_counted_so_it_cannot_go_unchecked() {
        String markdown = "```java\nclass A {}\n```\n\n  ```java\n  class B {}\n  ```\n~~~java\nclass C {}\n~~~\n";

        assertThat(ReadmeJavaBlocks.in(markdown)).hasSize(1);
        assertThat(ReadmeJavaBlocks.fencesIn(markdown)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProvider")
    void the_readmes_host_app_runs_unchanged_on_every_sandbox(String providerId) throws Exception {
        assertThat(readmeCompilation.compiled()).as(readmeCompilation.report()).isTrue();
        try (VendorSimulator vendor = Sandboxes.start(providerId)) {
            vendor.completeTasksAfterPolls(0);
            Properties saved = (Properties) System.getProperties().clone();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream realOut = System.out;
            PrintStream realErr = System.err;
            try (URLClassLoader loader = readmeClasses()) {
                System.setProperty("elements.provider", providerId);
                vendor.configuration().forEach(System::setProperty);
                // the README's code waits with the default schedule on the real clock: a millisecond's first wait
                System.setProperty("elements." + providerId + ".poll-delay", "PT0.001S");
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                loader.loadClass(HOST_APP).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(realOut);
                System.setErr(realErr);
                System.setProperties(saved);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).as("stdout; stderr was: %s", err).contains("ready: ");
            assertThat(vendor.creations()).as("elements made").hasSize(1);
            if (new Capable(providerId).lists()) {
                assertThat(printed).contains("Maeva");
            } else {
                assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot list");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProvider")
    void the_readmes_sandbox_test_passes_on_every_sandbox(String providerId) throws Exception {
        assertThat(readmeCompilation.compiled()).as(readmeCompilation.report()).isTrue();
        Properties saved = (Properties) System.getProperties().clone();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        try (URLClassLoader loader = readmeClasses()) {
            System.setProperty("elements.provider", providerId);
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(loader.loadClass(HOST_APP_TEST)))
                                    .build(),
                            listener);
        } finally {
            System.setProperties(saved);
        }
        TestExecutionSummary summary = listener.getSummary();
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 20);
        assertThat(summary.getTestsSucceededCount())
                .as("the README's test passed:%n%s", failures)
                .isEqualTo(1);
        assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
    }

    private static URLClassLoader readmeClasses() throws IOException {
        return new URLClassLoader(
                new URL[] {compiled.resolve("classes").toUri().toURL()}, ReadmeJavaBlocksTest.class.getClassLoader());
    }
}
