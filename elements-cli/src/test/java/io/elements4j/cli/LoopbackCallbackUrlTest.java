package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A callback URL on this machine: what a developer gives the offline sandbox to try a receiver, and what a real
 * vendor refuses (it calls only public https hosts), so the CLI refuses it before sending — except where the facade
 * would allow it too.
 */
class LoopbackCallbackUrlTest {

    private static final String HOOK = "http://127.0.0.1:9/hooks/elements";
    private static final String[] DRAFT = {
        "create",
        "--provider",
        "kling-official",
        "--name",
        "Ada",
        "--frontal",
        "https://example.com/front.jpg",
        "--extra",
        "https://example.com/side.jpg",
        "--description",
        "A courier",
        "--callback-url",
        HOOK
    };

    @TempDir
    Path dir;

    @Test
    void the_one_shot_sandbox_takes_a_loopback_callback_url() {
        CliResult run = new CliRunner().run(DRAFT);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("offline sandbox").doesNotContain("callback.");
    }

    @Test
    void a_vendor_of_ones_own_gets_it_refused_before_anything_is_sent_unless_its_configuration_allows_it() {
        String[] vendor = {
            "--base-url",
            "http://127.0.0.1:1",
            "-Delements.kling-official.api-key=k",
            "-Delements.kling-official.max-retries=0"
        };

        CliResult refused = new CliRunner().run(concat(DRAFT, vendor));
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.RULES.code());
        assertThat(refused.err()).contains("callback.private_host");

        CliResult allowed = new CliRunner()
                .run(concat(concat(DRAFT, vendor), "-Delements.kling-official.allow-loopback-callbacks=true"));
        assertThat(allowed.err())
                .as("not refused by the rules: sent, and the closed port answers nothing")
                .doesNotContain("callback.");
        assertThat(allowed.exitCode())
                .as(allowed.toString())
                .isNotEqualTo(ExitCode.RULES.code())
                .isNotZero();
    }

    @Test
    void a_bulk_file_with_a_loopback_callback_url_runs_on_the_sandbox() throws IOException {
        Path drafts = dir.resolve("drafts.jsonl");
        Files.writeString(
                drafts,
                "{\"name\": \"Ada\", \"frontal\": \"https://example.com/front.jpg\", \"extras\":"
                        + " [\"https://example.com/side.jpg\"], \"description\": \"A courier\", \"callbackUrl\": \""
                        + HOOK
                        + "\"}\n",
                StandardCharsets.UTF_8);

        CliResult run =
                new CliRunner().realTime().run("create", "--provider", "kling-official", "--from", drafts.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).doesNotContain("callback.");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
