package io.elements4j.media;

import static io.elements4j.media.SampleFiles.ascii;
import static io.elements4j.media.SampleFiles.box;
import static io.elements4j.media.SampleFiles.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link LocalMedia} learns from a file's content, and how it answers files it cannot read. */
class LocalMediaTest {

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
        assertThat(facts.unreadable()).isEmpty();
    }

    @Test
    void reads_a_jpeg_s_dimensions_past_a_large_exif_segment() throws IOException {
        MediaFacts facts =
                file("front.jpg", SampleFiles.jpeg(640, 1280, 60_000)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.JPEG);
        assertThat(facts.width()).contains(640);
        assertThat(facts.height()).contains(1280);
    }

    /** libjpeg skips bytes that are no marker between segments; so does the reader, to the real start-of-frame. */
    @Test
    void reads_a_jpeg_with_stray_bytes_between_segments() throws IOException {
        byte[] clean = SampleFiles.jpeg(1600, 1200, 100);
        int sof = indexOf(clean, (byte) 0xFF, (byte) 0xC0);
        byte[] stray = concat(
                Arrays.copyOf(clean, sof), new byte[] {0x00, 0x12, 0x34}, Arrays.copyOfRange(clean, sof, clean.length));
        MediaFacts facts = file("stray.jpg", stray).effectiveFacts();
        assertThat(facts.width()).contains(1600);
        assertThat(facts.height()).contains(1200);
    }

    /**
     * A lossless JPEG (SOF3, as in TwelveMonkeys' jpeg-lossless test files of the corpus) gives its size in its frame
     * header, but libjpeg, ImageMagick and browsers do not decode it: refused as unreadable; the baseline twin is read.
     */
    @Test
    void a_lossless_jpeg_is_refused_as_unreadable() {
        byte[] baseline = SampleFiles.jpeg(1600, 1200, 100);
        byte[] lossless = baseline.clone();
        lossless[indexOf(lossless, (byte) 0xFF, (byte) 0xC0) + 1] = (byte) 0xC3;
        MediaFacts facts = LocalMedia.bytes(lossless, "lossless.jpg").effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.JPEG);
        assertThat(facts.unreadable().get()).contains("lossless JPEG (SOF3)");
        assertThat(LocalMedia.bytes(baseline, "baseline.jpg").effectiveFacts().unreadable())
                .isEmpty();
    }

    @Test
    void reads_an_mp4_s_duration_and_the_video_track_s_resolution() throws IOException {
        MediaFacts facts = file("clip.mp4", SampleFiles.mp4(5_500, 1920, 1080)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MP4);
        assertThat(facts.duration()).contains(Duration.ofMillis(5_500));
        assertThat(facts.width()).contains(1920);
        assertThat(facts.height()).contains(1080);
        assertThat(facts.videoTrack()).contains(true);
    }

    @Test
    void tells_a_mov_by_its_ftyp_brand() throws IOException {
        MediaFacts facts =
                file("clip.mov", SampleFiles.video("qt  ", 4_000, 1080, 1920)).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MOV);
        assertThat(facts.duration()).contains(Duration.ofSeconds(4));
        assertThat(facts.shortEdge()).contains(1080);
    }

    @Test
    void reads_an_older_mov_that_starts_with_its_movie_box() throws IOException {
        byte[] mov = concat(
                box("moov", concat(SampleFiles.movieHeader(600, 3_000), SampleFiles.track("vide", 1920, 1080, false))),
                box("mdat", new byte[32]));
        MediaFacts facts = file("old.mov", mov).effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MOV);
        assertThat(facts.duration()).contains(Duration.ofSeconds(5));
        assertThat(facts.width()).contains(1920);
    }

    /** The first track with a size is a chapter text track of 640x480; the picture is the vide track's. */
    @Test
    void takes_the_size_from_the_video_track_whatever_comes_first() throws IOException {
        byte[] mov = concat(
                box("ftyp", ascii("qt  \0\0\0\0qt  ")),
                box(
                        "moov",
                        concat(
                                SampleFiles.movieHeader(600, 3_000),
                                SampleFiles.track("text", 640, 480, false),
                                SampleFiles.track("vide", 1920, 1080, false))));
        MediaFacts facts = file("chapters.mov", mov).effectiveFacts();
        assertThat(facts.width()).contains(1920);
        assertThat(facts.height()).contains(1080);
    }

    @Test
    void a_sound_only_file_has_no_video_track_and_no_size() throws IOException {
        byte[] m4a = concat(
                box("ftyp", ascii("M4A \0\0\0\0isom")),
                box("moov", concat(SampleFiles.movieHeader(600, 3_000), SampleFiles.track("soun", 160, 160, false))));
        MediaFacts facts = file("song.m4a", m4a).effectiveFacts();
        assertThat(facts.videoTrack()).contains(false);
        assertThat(facts.width()).isEmpty();
        assertThat(facts.duration()).contains(Duration.ofSeconds(5));
    }

    @Test
    void a_phone_video_turned_a_quarter_is_as_tall_as_it_is_shown() {
        byte[] portrait = concat(
                box("ftyp", ascii("isom\0\0\0\0isom")),
                box("moov", concat(SampleFiles.movieHeader(1000, 6000), SampleFiles.track("vide", 1920, 1080, true))));
        MediaFacts facts = LocalMedia.bytes(portrait, "phone.mp4").effectiveFacts();
        assertThat(facts.width()).contains(1080);
        assertThat(facts.height()).contains(1920);
    }

    @Test
    void a_version_1_movie_header_with_64_bit_times_is_read() {
        ByteBuffer mvhd = ByteBuffer.allocate(112)
                .putInt(1 << 24)
                .putLong(0)
                .putLong(0)
                .putInt(90_000)
                .putLong(90_000L * 7);
        byte[] video = concat(box("ftyp", ascii("mp42\0\0\0\0mp42")), box("moov", box("mvhd", mvhd.array())));
        assertThat(LocalMedia.bytes(video, "clip.mp4").effectiveFacts().duration())
                .contains(Duration.ofSeconds(7));
    }

    /** An empty movie header, a fragment of 48 samples of 512/12800 s after a decode time of 3 s: 4.92 s in all. */
    @Test
    void a_fragmented_mp4_lasts_as_long_as_its_last_fragment_ends() {
        byte[] trex = box(
                "trex",
                ByteBuffer.allocate(24)
                        .putInt(0)
                        .putInt(1)
                        .putInt(1)
                        .putInt(512)
                        .array());
        byte[] moov =
                box("moov", concat(SampleFiles.movieHeader(1000, 0), trackWithTimescale(12_800), box("mvex", trex)));
        byte[] tfhd =
                box("tfhd", ByteBuffer.allocate(8).putInt(0x020000).putInt(1).array());
        byte[] tfdt = box(
                "tfdt",
                ByteBuffer.allocate(12).putInt(1 << 24).putLong(3L * 12_800).array());
        byte[] trun = box("trun", ByteBuffer.allocate(8).putInt(0).putInt(48).array());
        byte[] fragmented = concat(
                box("ftyp", ascii("iso6\0\0\0\0iso6")),
                moov,
                box("moof", box("traf", concat(tfhd, tfdt, trun))),
                box("mdat", new byte[16]));
        MediaFacts facts = LocalMedia.bytes(fragmented, "dash.mp4").effectiveFacts();
        assertThat(facts.duration()).contains(Duration.ofMillis(4_920));
        assertThat(facts.width()).contains(1920);
    }

    /** The moov box sits after 3 GB of media data (a sparse file): the size refuses it before anything is read. */
    @Test
    void a_file_over_2_gib_is_judged_from_its_headers_in_under_a_second_and_refused_for_its_size() throws IOException {
        Path big = SampleFiles.sparseVideo(dir.resolve("long.mp4"), 3L * 1024 * 1024 * 1024);
        long started = System.nanoTime();
        MediaSource source = LocalMedia.file(big);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        MediaFacts facts = source.effectiveFacts();
        assertThat(facts.sizeBytes()).contains(Files.size(big));
        assertThat(facts.duration()).contains(Duration.ofSeconds(5));
        assertThat(facts.shortEdge()).contains(720);
        assertThat(((MediaSource.Inline) source).held()).isFalse();
    }

    @Test
    void damaged_headers_are_named_as_unreadable_and_never_throw() {
        byte[] truncated = Arrays.copyOf(SampleFiles.mp4(5_000, 1920, 1080), 40);
        MediaFacts facts = LocalMedia.bytes(truncated, "cut.mp4").effectiveFacts();
        assertThat(facts.format()).contains(MediaFormat.MP4);
        assertThat(facts.duration()).isEmpty();
        assertThat(facts.unreadable().get()).contains("moov");

        byte[] loop = concat(
                box("ftyp", ascii("isom\0\0\0\0isom")),
                ByteBuffer.allocate(8).putInt(0).put(ascii("moov")).array());
        assertThat(LocalMedia.bytes(loop, "odd.mp4").effectiveFacts().duration())
                .isEmpty();
        byte[] jpegCut = Arrays.copyOf(SampleFiles.jpeg(640, 640, 100), 30);
        MediaFacts cutJpeg = LocalMedia.bytes(jpegCut, "cut.jpg").effectiveFacts();
        assertThat(cutJpeg.width()).isEmpty();
        assertThat(cutJpeg.unreadable().isDefined()).isTrue();
    }

    @Test
    void content_that_is_no_photo_or_video_says_what_it_is_and_claims_no_format() throws IOException {
        MediaFacts text = file("notes.txt", "hello, world!\n".getBytes(StandardCharsets.UTF_8))
                .effectiveFacts();
        assertThat(text.format()).isEmpty();
        assertThat(text.otherContent()).contains("plain text");
        MediaFacts pdf = file("scan.jpg", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1))
                .effectiveFacts();
        assertThat(pdf.otherContent()).contains("a PDF file (Portable Document Format)");
        assertThat(file("empty.png", new byte[0]).effectiveFacts().otherContent())
                .contains("an empty file");
    }

    @Test
    void a_missing_file_is_a_value_from_read_and_an_unchecked_error_from_file() {
        Path missing = dir.resolve("missing.jpg");
        Either<LocalFileProblem, MediaSource> read = LocalMedia.read(missing);
        assertThat(read.getLeft().reason()).isEqualTo(LocalFileProblem.Reason.MISSING);
        assertThat(read.getLeft().message()).contains("missing.jpg", "no such file");
        assertThatThrownBy(() -> LocalMedia.file(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.jpg");
        assertThat(LocalMedia.read(dir).getLeft().reason()).isEqualTo(LocalFileProblem.Reason.NOT_A_FILE);
    }

    /**
     * A 190 MB video sent inline is read into one buffer the source keeps: what reading allocates is the file once
     * (and less than a second copy's worth besides).
     */
    @Test
    void a_file_sent_inline_is_read_once_into_the_one_copy_the_source_holds() throws IOException {
        int size = 190 * 1024 * 1024;
        Path video = dir.resolve("big.mp4");
        byte[] head = SampleFiles.mp4(5_000, 1920, 1080);
        Files.write(video, head);
        try (var channel = FileChannel.open(video, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), size - 1);
        }
        long allocated = HeapAllocations.during(() -> LocalMedia.file(video));
        assertThat(allocated).isBetween((long) size, size + 4L * 1024 * 1024);
    }

    private MediaSource file(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        MediaSource source = LocalMedia.file(file);
        assertThat(((MediaSource.Inline) source).bytes()).isEqualTo(content);
        return source;
    }

    private static byte[] trackWithTimescale(int timescale) {
        byte[] track = SampleFiles.track("vide", 1920, 1080, false);
        int at = indexOf(track, (byte) 'm', (byte) 'd', (byte) 'h', (byte) 'd') + 4 + 12;
        ByteBuffer.wrap(track).putInt(at, timescale);
        return track;
    }

    private static int indexOf(byte[] data, byte... needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
