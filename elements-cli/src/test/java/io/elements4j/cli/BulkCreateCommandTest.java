package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code elements create --from}: many drafts from a file, a result per draft, a journal to resume from. */
class BulkCreateCommandTest {

    @TempDir
    Path dir;

    static Stream<String> providers() {
        return Simulated.ids();
    }

    private Path drafts(int count) throws IOException {
        Path file = dir.resolve("drafts.jsonl");
        Files.writeString(
                file,
                "# the courier crew\n"
                        + String.join(
                                "\n",
                                IntStream.range(0, count)
                                        .mapToObj(i -> "{\"name\": \"Courier " + i
                                                + "\", \"frontal\": \"https://example.com/front.jpg\", \"extras\":"
                                                + " [\"https://example.com/side.jpg\"], \"description\": \"A courier\", \"key\": \"courier-"
                                                + i + "\"}")
                                        .toList())
                        + "\n");
        return file;
    }

    @ParameterizedTest
    @MethodSource("providers")
    void every_draft_of_the_file_is_created_and_json_gives_one_line_per_draft(String provider) throws IOException {
        CliResult run = new CliRunner()
                .run("create", "--provider", provider, "--from", drafts(5).toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as("5 draft lines, then the command's document").hasSize(6);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> line = JsonReader.object(lines.get(i));
            assertThat(line)
                    .containsEntry("name", "Courier " + i)
                    .containsEntry("key", "courier-" + i)
                    .containsEntry("ok", true);
            assertThat(((Map<?, ?>) line.get("task")).get("state")).isEqualTo("SUCCEEDED");
        }
        Map<String, Object> summary = JsonReader.object(lines.get(5));
        assertThat(summary).containsEntry("ok", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) summary.get("result");
        assertThat(String.valueOf(result.get("created"))).isEqualTo("5");
        assertThat(String.valueOf(result.get("failed"))).isEqualTo("0");
        assertThat(run.err()).as("plain progress lines off a terminal").contains("progress: 5/5 done");
    }

    @Test
    void on_a_terminal_the_progress_is_a_bar_and_the_text_result_lists_each_draft() throws IOException {
        CliResult run = new CliRunner()
                .interactive()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--from",
                        drafts(3).toString(),
                        "--concurrency",
                        "2");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("\r[").contains("########################] 3/3 done");
        assertThat(run.out())
                .contains("created  line 2  Courier 0", "created  line 4  Courier 2", "3 drafts: 3 created, 0 not");
    }

    @Test
    void a_journal_is_refused_again_without_resume_and_a_resumed_finished_run_sends_nothing() throws IOException {
        Path file = drafts(4);
        Path journal = dir.resolve("run.journal");
        CliResult first = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--from",
                        file.toString(),
                        "--journal",
                        journal.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(Files.readAllLines(journal))
                .as("intent, created, finished per draft")
                .hasSize(12);

        CliResult again = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--from",
                        file.toString(),
                        "--journal",
                        journal.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already records a run: add --resume");

        CliResult resumed = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--from",
                        file.toString(),
                        "--journal",
                        journal.toString(),
                        "--resume",
                        "--json");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.err()).contains("4 of the drafts were sent before");
        assertThat(resumed.out().lines().limit(4)).allSatisfy(l -> assertThat(l).contains("\"ok\": true"));
        assertThat(Files.readAllLines(journal)).as("nothing was sent again").hasSize(12);
    }

    @Test
    void a_resumed_run_asks_kling_by_key_for_a_draft_the_killed_run_was_sending_and_does_not_send_it_again()
            throws IOException {
        Path file = drafts(3);
        Path journal = dir.resolve("killed.journal");
        try (VendorSimulator kling = Sandboxes.start("kling-official")) {
            kling.completeTasksAfterPolls(1);
            CliResult first = new CliRunner()
                    .properties(kling.configuration())
                    .run(
                            "create",
                            "--provider",
                            "kling-official",
                            "--from",
                            file.toString(),
                            "--journal",
                            journal.toString());
            assertThat(first.exitCode()).as(first.toString()).isZero();
            // As if killed right after sending Courier 1: its intent is on record, nothing after it.
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(journal)) {
                if (line.contains("courier-1")) {
                    if (line.startsWith("I ")) {
                        kept.add(line);
                    }
                } else {
                    kept.add(line);
                }
            }
            Files.write(journal, kept);

            CliResult resumed = new CliRunner()
                    .properties(kling.configuration())
                    .run(
                            "create",
                            "--provider",
                            "kling-official",
                            "--from",
                            file.toString(),
                            "--journal",
                            journal.toString(),
                            "--resume");

            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("created  line 3  Courier 1");
            assertThat(kling.creations().filter(c -> c.name().equals("Courier 1")))
                    .as("made once")
                    .hasSize(1);
        }
    }

    @Test
    void a_draft_that_breaks_a_rule_stops_the_whole_file_before_anything_starts() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(
                file,
                "{\"name\": \"Fine\", \"frontal\": \"https://example.com/a.jpg\", \"extras\":"
                        + " [\"https://example.com/b.jpg\"], \"description\": \"ok\"}\n"
                        + "{\"name\": \"" + "N".repeat(300) + "\", \"frontal\": \"https://example.com/a.jpg\"}\n");

        CliResult refused = new CliRunner().run("create", "--provider", "kling-official", "--from", file.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err())
                .contains("line 2 (")
                .contains("nothing was sent")
                .doesNotContain("sandbox at");
    }

    @Test
    void a_line_that_is_not_a_draft_is_a_usage_error_naming_the_line() throws IOException {
        Path file = dir.resolve("typo.jsonl");
        Files.writeString(
                file,
                "{\"name\": \"A\", \"frontal\": \"https://example.com/a.jpg\"}\n"
                        + "{\"name\": \"B\", \"fronatl\": \"https://example.com/a.jpg\"}\n");
        CliResult typo = new CliRunner().run("create", "--provider", FullTestProvider.ID, "--from", file.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("line 2: unknown field \"fronatl\"");

        Files.writeString(file, "{\"name\": \"A\", \"frontal\": \"https://example.com/a.jpg\"\n");
        CliResult broken = new CliRunner().run("create", "--provider", FullTestProvider.ID, "--from", file.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("line 1: not a JSON object");

        CliResult mixed = new CliRunner()
                .run("create", "--provider", FullTestProvider.ID, "--from", file.toString(), "--name", "Solo");
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("--from reads every draft from its file");
    }

    @Test
    void a_directory_of_images_with_a_manifest_sends_its_files_inline() throws IOException {
        Path photos = Files.createDirectory(dir.resolve("crew"));
        for (String name : new String[] {"ada-front.png", "ada-side.png", "bo-front.png", "bo-side.png"}) {
            ImageIO.write(
                    new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB),
                    "png",
                    photos.resolve(name).toFile());
        }
        Files.writeString(
                photos.resolve(BulkCreate.MANIFEST),
                "{\"name\": \"Ada\", \"frontal\": \"ada-front.png\", \"extras\": [\"ada-side.png\"],"
                        + " \"description\": \"A pilot\", \"tags\": [\"character\"]}\n"
                        + "{\"name\": \"Bo\", \"frontal\": \"bo-front.png\", \"extras\": [\"bo-side.png\"],"
                        + " \"description\": \"A mechanic\"}\n");

        CliResult run = new CliRunner().run("create", "--provider", FullTestProvider.ID, "--from", photos.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Ada", "Bo", "2 drafts: 2 created");
    }

    @Test
    void the_bulk_options_without_from_are_a_usage_error() {
        CliResult alone = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--name",
                        "Solo",
                        "--frontal",
                        "https://example.com/a.jpg",
                        "--resume");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("go with --from");
    }
}
