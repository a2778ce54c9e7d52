package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable itself, in its own JVM (logging is set up once per process, before the first logger): what
 * {@code --verbose} and a command-line {@code -D} do to stderr.
 */
class VerboseProcessTest {

    @TempDir
    Path dir;

    @Test
    void verbose_logs_a_summary_of_each_exchange_and_nothing_of_the_http_library() throws Exception {
        Run run = elements("task", "123", "--provider", "kling-official", "--verbose");

        assertThat(run.exitCode).as(run.err).isEqualTo(6);
        assertThat(run.err)
                .contains(
                        "---> GET http://127.0.0.1:",
                        "<--- HTTP/1.1 400",
                        "details: NotFound[",
                        "vendorCode=Some(1201)")
                .doesNotContain("org.apache", "http-outgoing", "DEBUG org.");
        assertThat(run.err.lines().filter(line -> line.startsWith("[DEBUG]")).count())
                .as("a summary, not wire noise")
                .isLessThanOrEqualTo(12);
    }

    @Test
    void without_verbose_stderr_has_only_the_clis_own_lines() throws Exception {
        Run run = elements("get", "123", "--provider", "useapi");

        assertThat(run.exitCode).isEqualTo(6);
        assertThat(run.err.lines().toList())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("(no credentials for|error: ).*"));
    }

    @Test
    void a_definition_on_the_command_line_chooses_the_provider_in_the_real_process() throws Exception {
        Run run = elements("-Delements.provider=useapi", "tags", "--json");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("\"provider\": \"useapi\"");
    }

    private Run elements(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("ELEMENTS_")
                        || name.endsWith("_API_KEY")
                        || name.equals("USEAPI_TOKEN")
                        || name.equals("JAVA_TOOL_OPTIONS"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {}
}
