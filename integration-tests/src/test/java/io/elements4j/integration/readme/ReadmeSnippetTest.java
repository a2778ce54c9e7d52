package io.elements4j.integration.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's host-app code, taken out of README.md as it stands, compiled, and run unchanged against each
 * provider's sandbox, with all four adapters on the class path and {@code -Delements.provider} naming one: so the
 * README cannot drift from what the library does. It must create the element and never throw.
 */
class ReadmeSnippetTest {

    private static final Pattern FIRST_JAVA_BLOCK = Pattern.compile(
            "## Using the library in a host app.*?```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path compiled;

    @BeforeAll
    static void compileTheReadmesCode() throws IOException {
        String snippet = snippet();
        String source = "import io.elements4j.client.*;\n"
                + "import io.elements4j.domain.draft.*;\n"
                + "import io.elements4j.domain.media.*;\n"
                + "import io.elements4j.domain.tag.*;\n"
                + "public class ReadmeSnippet {\n"
                + "    public static void run() {\n" + snippet + "\n    }\n}\n";
        compile(compiled, "ReadmeSnippet", source);
    }

    /** Compiles one class of README code into {@code into}, on the test's class path; fails the test if it does not. */
    static void compile(Path into, String className, String source) throws IOException {
        Path file = into.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-classpath", classPath(), "-d", into.toString(),
                file.toString());
        assertThat(status).as("the README's code compiles:%n%s%n%s", diagnostics, source).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kling-official", "useapi", "evolink", "fal-queue"})
    void the_readmes_code_runs_unchanged_on_every_sandbox(String providerId) throws Exception {
        try (VendorSimulator vendor = Sandboxes.start(providerId)) {
            vendor.completeTasksAfterPolls(0);
            Properties saved = (Properties) System.getProperties().clone();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream realOut = System.out;
            PrintStream realErr = System.err;
            try {
                System.setProperty("elements.provider", providerId);
                vendor.configuration().forEach(System::setProperty);
                // the README's code waits with the default schedule on the real clock: a millisecond's first wait
                System.setProperty("elements." + providerId + ".poll-delay", "PT0.001S");
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {compiled.toUri().toURL()},
                        ReadmeSnippetTest.class.getClassLoader())) {
                    loader.loadClass("ReadmeSnippet").getMethod("run").invoke(null);
                }
            } finally {
                System.setOut(realOut);
                System.setErr(realErr);
                System.setProperties(saved);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).as("stdout; stderr was: %s", err).contains("ready: ");
            assertThat(vendor.creations()).as("elements made").hasSize(1);
            boolean lists = new io.elements4j.integration.readme.Capable(providerId).lists();
            if (lists) {
                assertThat(printed).contains("Maeva");
            } else {
                assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot list");
            }
        }
    }

    /** The repository's README.md, found from the working directory up. */
    static String readme() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        assertThat(root).as("the repository root (where mvnw is)").isNotNull();
        return Files.readString(root.resolve("README.md"));
    }

    private static String snippet() throws IOException {
        Matcher block = FIRST_JAVA_BLOCK.matcher(readme());
        assertThat(block.find()).as("README.md has a java block under 'Using the library in a host app'").isTrue();
        return block.group(1);
    }

    /** The test's class path, jar by jar, also when surefire hands it over in a manifest-only jar. */
    private static String classPath() throws IOException {
        List<String> entries = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .collect(Collectors.toList());
        List<String> expanded = new java.util.ArrayList<>(entries);
        for (String entry : entries) {
            if (entry.endsWith(".jar")) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry)) {
                    java.util.jar.Manifest manifest = jar.getManifest();
                    String more = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (more != null) {
                        for (String url : more.trim().split("\\s+")) {
                            expanded.add(Path.of(URI.create(url).isAbsolute() ? URI.create(url)
                                    : Path.of(entry).getParent().toUri().resolve(url)).toString());
                        }
                    }
                }
            }
        }
        return String.join(java.io.File.pathSeparator, expanded);
    }
}
