package io.elements4j.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link MediaSource#file} and {@link MediaSource#fromBytes} learn from a file's headers. */
class MediaHeadersTest {

    @TempDir
    Path dir;

    @Test
    void reads_a_png_s_format_size_and_dimensions() throws IOException {
        MediaFacts facts = file("front.png", SampleFiles.png(1200, 800)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.PNG);
        assertThat(facts.width()).contains(1200);
        assertThat(facts.height()).contains(800);
        assertThat(facts.sizeBytes()).contains((long) SampleFiles.png(1200, 800).length);
        assertThat(facts.fileName()).contains("front.png");
    }

    @Test
    void reads_a_jpeg_s_dimensions_past_a_large_exif_segment() throws IOException {
        MediaFacts facts = file("front.jpg", SampleFiles.jpeg(640, 1280, 60_000)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.JPEG);
        assertThat(facts.width()).contains(640);
        assertThat(facts.height()).contains(1280);
    }

    @Test
    void reads_an_mp4_s_duration_and_the_video_track_s_resolution() throws IOException {
        MediaFacts facts = file("clip.mp4", SampleFiles.mp4(5_500, 1920, 1080)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MP4);
        assertThat(facts.duration()).contains(Duration.ofMillis(5_500));
        assertThat(facts.width()).contains(1920);
        assertThat(facts.height()).contains(1080);
    }

    @Test
    void tells_a_mov_by_its_ftyp_brand() throws IOException {
        MediaFacts facts = file("clip.mov", SampleFiles.video("qt  ", 4_000, 1080, 1920)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MOV);
        assertThat(facts.duration()).contains(Duration.ofSeconds(4));
        assertThat(facts.shortEdge()).contains(1080);
    }

    @Test
    void a_phone_video_turned_a_quarter_is_as_tall_as_it_is_shown() {
        byte[] portrait = SampleFiles.concat(SampleFiles.box("ftyp", SampleFiles.ascii("isom\0\0\0\0isom")),
                SampleFiles.box("moov", SampleFiles.concat(SampleFiles.movieHeader(1000, 6000),
                        SampleFiles.track(1920, 1080, true))));
        MediaFacts facts = MediaSource.fromBytes(portrait, "phone.mp4").effectiveFacts();
        assertThat(facts.width()).contains(1080);
        assertThat(facts.height()).contains(1920);
    }

    @Test
    void a_version_1_movie_header_with_64_bit_times_is_read() {
        ByteBuffer mvhd = ByteBuffer.allocate(112).putInt(1 << 24).putLong(0).putLong(0).putInt(90_000)
                .putLong(90_000L * 7);
        byte[] video = SampleFiles.concat(SampleFiles.box("ftyp", SampleFiles.ascii("mp42\0\0\0\0mp42")),
                SampleFiles.box("moov", SampleFiles.box("mvhd", mvhd.array())));
        assertThat(MediaSource.fromBytes(video, "clip.mp4").effectiveFacts().duration()).contains(Duration.ofSeconds(7));
    }

    /** The moov box sits after 3 GB of media data (a sparse file): it is found by seeking, not by reading. */
    @Test
    void finds_the_movie_header_behind_gigabytes_of_media_data_by_seeking() throws IOException {
        long mediaBytes = 3L * 1024 * 1024 * 1024;
        Path big = dir.resolve("long.mp4");
        byte[] moov = SampleFiles.box("moov", SampleFiles.concat(SampleFiles.movieHeader(600, 600 * 5),
                SampleFiles.track(1280, 720, false)));
        try (RandomAccessFile out = new RandomAccessFile(big.toFile(), "rw")) {
            out.write(SampleFiles.box("ftyp", SampleFiles.ascii("isom\0\0\0\0isom")));
            out.write(ByteBuffer.allocate(16).putInt(1).put(SampleFiles.ascii("mdat")).putLong(16 + mediaBytes).array());
            out.seek(out.getFilePointer() + mediaBytes);
            out.write(moov);
        }
        MediaFacts facts = MediaHeaders.probe(big);
        assertThat(facts.sizeBytes()).contains(Files.size(big));
        assertThat(facts.duration()).contains(Duration.ofSeconds(5));
        assertThat(facts.shortEdge()).contains(720);
    }

    @Test
    void damaged_headers_leave_facts_unknown_and_never_fail() {
        byte[] truncated = java.util.Arrays.copyOf(SampleFiles.mp4(5_000, 1920, 1080), 40);
        MediaFacts facts = MediaSource.fromBytes(truncated, "cut.mp4").effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MP4);
        assertThat(facts.duration()).isEmpty();
        assertThat(facts.width()).isEmpty();

        byte[] loop = SampleFiles.concat(SampleFiles.box("ftyp", SampleFiles.ascii("isom\0\0\0\0isom")),
                ByteBuffer.allocate(8).putInt(0).put(SampleFiles.ascii("moov")).array());
        assertThat(MediaSource.fromBytes(loop, "odd.mp4").effectiveFacts().duration()).isEmpty();
        byte[] jpegCut = java.util.Arrays.copyOf(SampleFiles.jpeg(640, 640, 100), 30);
        assertThat(MediaSource.fromBytes(jpegCut, "cut.jpg").effectiveFacts().width()).isEmpty();
    }

    @Test
    void content_it_does_not_recognise_keeps_the_format_its_name_claims() throws IOException {
        MediaFacts facts = file("notimage.jpg", "hello, world!".getBytes(StandardCharsets.US_ASCII)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.JPEG);
        assertThat(facts.width()).isEmpty();
        assertThat(facts.sizeBytes()).contains(13L);
        assertThat(((MediaSource.Inline) file("notimage.jpg", new byte[] {'x'})).contentFormat()).isEqualTo(Option.none());
    }

    @Test
    void a_missing_file_is_an_unchecked_io_error_naming_it() {
        Path missing = dir.resolve("missing.jpg");
        assertThatThrownBy(() -> MediaSource.file(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.jpg");
    }

    private MediaSource file(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        MediaSource source = MediaSource.file(file);
        assertThat(((MediaSource.Inline) source).bytes()).isEqualTo(content);
        return source;
    }
}
