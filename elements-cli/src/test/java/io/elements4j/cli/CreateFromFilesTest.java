package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.cli.fake.FullTestProvider;
import io.elements4j.cli.fake.LeanTestProvider;
import io.elements4j.domain.rules.RuleCodes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local files become inline media with their facts, so the rules judge them before anything is sent. */
class CreateFromFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_provider_that_takes_only_urls_refuses_local_files_by_rule() throws IOException {
        Path photo = png("front.png", 600, 900);

        CliResult refused = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        LeanTestProvider.ID,
                        "--name",
                        "Local Hero",
                        "--description",
                        "From disk",
                        "--frontal",
                        photo.toString(),
                        "--extra",
                        photo.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err())
                .contains(
                        "references.frontal: frontal image is given inline",
                        "takes media only as URLs [" + RuleCodes.MEDIA_INLINE_UNSUPPORTED + "]",
                        "[" + RuleCodes.MEDIA_INLINE_UNSUPPORTED + "]");
    }

    @Test
    void a_provider_that_takes_inline_media_creates_from_local_files() throws IOException {
        Path photo = png("front.png", 600, 900);

        CliResult created = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--name",
                        "Local Hero",
                        "--description",
                        "From disk",
                        "--frontal",
                        photo.toString(),
                        "--extra",
                        photo.toString(),
                        "--tag",
                        "o_102",
                        "--wait");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("SUCCEEDED", "Character (o_102)");
    }

    @Test
    void the_dimensions_of_a_local_photo_are_checked_before_sending() throws IOException {
        Path tiny = png("tiny.png", 120, 120);

        CliResult refused = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--name",
                        "Tiny",
                        "--description",
                        "Too small",
                        "--frontal",
                        tiny.toString(),
                        "--extra",
                        tiny.toString());

        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("[" + RuleCodes.IMAGE_TOO_SMALL + "]");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        CliResult missing = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--name",
                        "Ghost",
                        "--frontal",
                        dir.resolve("nope.jpg").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void tags_are_read_by_any_of_their_names_and_an_unknown_one_is_a_usage_error() {
        CliResult unknown = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--name",
                        "Tagged",
                        "--frontal",
                        "https://example.com/a.jpg",
                        "--tag",
                        "villain");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown tag 'villain'", "CHARACTER (o_102, character)");
    }

    @Test
    void an_image_and_a_video_at_once_is_a_usage_error() {
        CliResult both = new CliRunner()
                .run(
                        "create",
                        "--provider",
                        FullTestProvider.ID,
                        "--name",
                        "Both",
                        "--frontal",
                        "https://example.com/a.jpg",
                        "--video",
                        "https://example.com/a.mp4");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either --frontal", "or --video");
    }

    private Path png(String name, int width, int height) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
