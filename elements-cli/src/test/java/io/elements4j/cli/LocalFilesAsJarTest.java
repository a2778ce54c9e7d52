package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.rules.RuleCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local files judged by what they really are, in a JVM of their own started the way {@code java -jar} starts the
 * CLI (its {@link Main}, the real exit code), on kling-official — which takes inline media, so only the file's
 * content can refuse it — with no credentials, so nothing could reach a vendor anyway.
 */
class LocalFilesAsJarTest {

    @TempDir
    Path dir;

    @Test
    void a_renamed_text_file_is_refused_as_not_what_its_name_says() throws Exception {
        Path text = Files.writeString(dir.resolve("notimage.jpg"), "hello, world!");

        Run run = elements(
                "create",
                "--provider",
                "kling-official",
                "--name",
                "Hero",
                "--description",
                "Renamed",
                "--frontal",
                text.toString(),
                "--extra",
                text.toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
        assertThat(run.err)
                .contains(
                        "references.frontal: frontal image file \"notimage.jpg\" is named as jpeg",
                        "[" + RuleCodes.MEDIA_FORMAT_MISMATCH + "]",
                        "references.extras[0]:");
    }

    @Test
    void a_too_short_mp4_is_refused_by_its_real_duration() throws Exception {
        Path video = Files.write(dir.resolve("short.mp4"), mp4(2_000, 1920, 1080));

        Run run = elements(
                "create",
                "--provider",
                "kling-official",
                "--name",
                "Hero",
                "--description",
                "Short",
                "--video",
                video.toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
        assertThat(run.err)
                .contains("references.video: video is 2 s long; kling-official needs 3-8 s ["
                        + RuleCodes.VIDEO_TOO_SHORT + "]");
    }

    @Test
    void a_720p_mp4_is_refused_by_its_real_resolution() throws Exception {
        Path video = Files.write(dir.resolve("small.mp4"), mp4(5_000, 1280, 720));

        Run run = elements(
                "create",
                "--provider",
                "kling-official",
                "--name",
                "Hero",
                "--description",
                "720p",
                "--video",
                video.toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
        assertThat(run.err)
                .contains(
                        "references.video: video is 1280x720 px, short edge 720 px",
                        "[" + RuleCodes.VIDEO_RESOLUTION + "]");
    }

    /** {@code java -cp <the test class path> io.elements4j.cli.Main ARGS}, without any vendor's credentials. */
    private static Run elements(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("KLING_") || name.startsWith("ELEMENTS_"));
        Path out = Files.createTempFile("elements-out", ".txt");
        Path err = Files.createTempFile("elements-err", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("elements " + String.join(" ", args) + " did not finish");
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private record Run(int exitCode, String out, String err) {}

    /** An MP4 header: {@code ftyp}, then {@code moov} holding {@code mvhd} (timescale 1000) and a video {@code tkhd}. */
    static byte[] mp4(long millis, int width, int height) {
        byte[] mvhd = box(
                "mvhd",
                ByteBuffer.allocate(100)
                        .putInt(0)
                        .putInt(0)
                        .putInt(0)
                        .putInt(1000)
                        .putInt((int) millis)
                        .array());
        ByteBuffer tkhd = ByteBuffer.allocate(84)
                .putInt(0)
                .putInt(0)
                .putInt(0)
                .putInt(1)
                .putInt(0)
                .putInt(0)
                .putLong(0)
                .putLong(0);
        for (int value : new int[] {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000}) {
            tkhd.putInt(value);
        }
        tkhd.putInt(width << 16).putInt(height << 16);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(box("ftyp", "isom\0\0\0\0isom".getBytes(StandardCharsets.ISO_8859_1)));
        ByteArrayOutputStream movie = new ByteArrayOutputStream();
        movie.writeBytes(mvhd);
        movie.writeBytes(box("trak", box("tkhd", tkhd.array())));
        file.writeBytes(box("moov", movie.toByteArray()));
        file.writeBytes(box("mdat", new byte[256]));
        return file.toByteArray();
    }

    private static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length)
                .putInt(8 + payload.length)
                .put(type.getBytes(StandardCharsets.US_ASCII))
                .put(payload)
                .array();
    }
}
