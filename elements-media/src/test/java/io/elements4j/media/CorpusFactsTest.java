package io.elements4j.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every real file of the corpus, read from disk by {@link LocalMedia}: each fact the reference tools (ffprobe,
 * ImageMagick's identify) read agrees, a duration within 0.05 s, except the facts {@code corrections.tsv} corrects
 * with its reasons; no file makes the reader throw, not even the damaged ones neither tool reads (what a vendor's rules
 * make of those is the corpus test of that vendor's adapter).
 */
class CorpusFactsTest {

    private static final Duration DURATION_TOLERANCE = Duration.ofMillis(50);

    @Test
    void every_build_reads_the_made_files_and_at_least_300_real_ones_from_6_projects_on_maven_central() {
        List<String> missing = Corpus.required().stream()
                .filter(entry -> !Corpus.found(entry))
                .map(Corpus.Entry::path)
                .toList();
        assertThat(missing)
                .as("files of expected-facts.tsv not found (the real ones are unpacked into " + Corpus.unpacked()
                        + " by this module's build, in generate-test-resources)")
                .isEmpty();
        assertThat(Corpus.required().stream()
                        .filter(entry -> entry.source().equals("made"))
                        .count())
                .as("the files made for this project, on the test class path")
                .isGreaterThanOrEqualTo(29);
        List<Corpus.Entry> real = Corpus.required().stream()
                .filter(entry -> !entry.source().equals("made"))
                .toList();
        assertThat(real).hasSizeGreaterThanOrEqualTo(300);
        assertThat(bySource(real)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(real.stream().filter(entry -> entry.kind() == Corpus.Kind.IMAGE))
                .hasSizeGreaterThanOrEqualTo(200);
        assertThat(real.stream()
                        .filter(entry -> entry.kind() == Corpus.Kind.VIDEO)
                        .map(Corpus.Entry::source)
                        .distinct())
                .as("the projects whose real videos the build reads")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void the_real_files_of_other_projects_repositories_are_all_there_when_their_folder_is_given() {
        assumeTrue(
                Corpus.outsideFolderGiven(),
                "the real files of outside-facts.tsv are read from -D" + Corpus.FOLDER_PROPERTY
                        + "=<folder> (see corpus-tools/sources.md); not given");
        List<Corpus.Entry> outside = Corpus.outside();
        assertThat(outside.stream().filter(entry -> !Corpus.found(entry)).map(Corpus.Entry::path))
                .as("files of outside-facts.tsv not in the folder")
                .isEmpty();
        assertThat(outside).hasSizeGreaterThanOrEqualTo(300);
        assertThat(bySource(outside)).hasSizeGreaterThanOrEqualTo(6);
    }

    private static Map<String, Long> bySource(List<Corpus.Entry> entries) {
        return entries.stream()
                .collect(Collectors.groupingBy(Corpus.Entry::source, TreeMap::new, Collectors.counting()));
    }

    @Test
    void every_fact_the_reference_tools_read_agrees_and_no_file_makes_the_reader_throw() {
        List<String> disagreements = new ArrayList<>();
        int facts = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            Either<LocalFileProblem, MediaSource> read;
            try {
                read = LocalMedia.read(entry.file());
            } catch (RuntimeException | Error e) {
                disagreements.add(entry.path() + ": the reader threw " + e);
                continue;
            }
            if (read.isLeft()) {
                disagreements.add(entry.path() + ": " + read.getLeft().message());
                continue;
            }
            MediaFacts found = read.get().effectiveFacts();
            facts += compare(entry, found, disagreements);
        }
        assertThat(facts).as("facts compared").isGreaterThan(Corpus.outsideFolderGiven() ? 1500 : 700);
        assertThat(disagreements)
                .as("files whose facts disagree with the reference tools")
                .isEmpty();
    }

    /** Compares each fact the tools gave; returns how many were compared. */
    private static int compare(Corpus.Entry entry, MediaFacts found, List<String> disagreements) {
        String at = entry.path() + " (" + found + "): ";
        int compared = 0;
        if (entry.kind() == Corpus.Kind.UNREAD) {
            return 0;
        }
        if (!sameFormat(entry.format(), found.format().toJavaOptional())) {
            disagreements.add(at + "format " + found.format() + ", expected "
                    + entry.format().orElse(null));
        }
        compared++;
        if (entry.width().isPresent()) {
            compared += 2;
            if (!found.width().toJavaOptional().equals(entry.width())
                    || !found.height().toJavaOptional().equals(entry.height())) {
                disagreements.add(at + "size " + found.width() + "x" + found.height() + ", expected "
                        + entry.width().get() + "x" + entry.height().get());
            }
        }
        if (entry.duration().isPresent()) {
            compared++;
            Optional<Duration> duration = found.duration().toJavaOptional();
            if (duration.isEmpty()
                    || duration.get().minus(entry.duration().get()).abs().compareTo(DURATION_TOLERANCE) > 0) {
                disagreements.add(at + "duration " + duration.orElse(null) + ", expected "
                        + entry.duration().get());
            }
        }
        if (entry.videoTrack().isPresent()) {
            compared++;
            if (!found.videoTrack().toJavaOptional().equals(entry.videoTrack())) {
                disagreements.add(at + "video track " + found.videoTrack() + ", expected "
                        + entry.videoTrack().get());
            }
        }
        return compared;
    }

    private static boolean sameFormat(Optional<MediaFormat> expected, Optional<MediaFormat> found) {
        return expected.equals(found);
    }
}
