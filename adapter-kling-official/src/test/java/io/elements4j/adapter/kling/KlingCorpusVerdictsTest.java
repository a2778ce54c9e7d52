package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.rules.ReferenceRules;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.RuleViolation;
import io.elements4j.media.Corpus;
import io.elements4j.media.LocalMedia;
import io.elements4j.media.SampleFiles;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kling's own rule profile judges every file of the media corpus twice (the made ones, the real ones the build
 * unpacks from Maven Central, and those of outside-facts.tsv when their folder is given): by the facts {@link LocalMedia} reads, and
 * by the true facts ffprobe and ImageMagick's identify recorded. The verdicts (the set of broken rules) must be the
 * same for every file. A photo is given as the frontal image of an image element, a video (or a sound file) as the
 * video of a video element; a file neither tool reads must be refused.
 */
class KlingCorpusVerdictsTest {

    private static final ProviderMetadata KLING = new KlingOfficialElementsProvider().metadata();
    private static final MediaSource EXTRA = MediaSource.url(
            "https://cdn.example.com/side.jpg",
            MediaFacts.unknown().withSizeBytes(100_000).withDimensions(1024, 1024));

    @Test
    void every_file_gets_the_verdict_its_true_facts_give() {
        List<String> differences = new ArrayList<>();
        int accepted = 0;
        int judged = 0;
        for (Corpus.Entry entry : Corpus.entries()) {
            byte[] content = entry.bytes();
            MediaSource read = LocalMedia.bytes(content, entry.fileName());
            SortedSet<String> verdict = verdict(entry, read);
            judged++;
            if (entry.kind() == Corpus.Kind.UNREAD) {
                if (verdict.isEmpty()) {
                    differences.add(entry.path() + ": no reference tool reads it, yet Kling's rules accept it");
                }
                continue;
            }
            MediaSource truth = MediaSource.inline(content, entry.trueFacts(content.length));
            SortedSet<String> expected = verdict(entry, truth);
            if (!verdict.equals(expected)) {
                differences.add(entry.path() + ": " + verdict.mkString(",") + " but its true facts give "
                        + expected.mkString(","));
            }
            accepted += verdict.isEmpty() ? 1 : 0;
        }
        assertThat(judged)
                .as("files judged: the made ones and the real ones from Maven Central, and the outside ones when given")
                .isEqualTo(Corpus.required().size()
                        + (Corpus.outsideFolderGiven() ? Corpus.outside().size() : 0))
                .isGreaterThanOrEqualTo(29 + 300);
        assertThat(accepted).as("files Kling accepts").isGreaterThanOrEqualTo(5);
        assertThat(differences)
                .as("files whose verdict differs from the one their true facts give")
                .isEmpty();
    }

    /**
     * A sparse 3 GB MP4 of 5 s at 720p (its movie box after 3 GB of nothing): refused for its size (and its 720 lines)
     * at once, nothing read whole.
     */
    @Test
    void a_3_gb_video_is_refused_for_its_size_in_under_a_second(@TempDir Path dir) throws IOException {
        long started = System.nanoTime();
        MediaSource huge = LocalMedia.file(SampleFiles.sparseVideo(dir.resolve("long.mp4"), 3L * 1024 * 1024 * 1024));
        SortedSet<String> verdict = verdict(huge, true);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(verdict)
                .containsExactly(
                        RuleCodes.MEDIA_INLINE_TOO_LARGE, RuleCodes.VIDEO_RESOLUTION, RuleCodes.VIDEO_TOO_LARGE);
    }

    private static SortedSet<String> verdict(Corpus.Entry entry, MediaSource media) {
        return verdict(
                media,
                entry.kind() == Corpus.Kind.VIDEO
                        || entry.kind() == Corpus.Kind.UNREAD
                                && MediaFormat.fromFileName(entry.fileName()).exists(MediaFormat::isVideo));
    }

    private static SortedSet<String> verdict(MediaSource media, boolean video) {
        ElementDraft draft = video
                ? ElementDraft.video("Corpus", media)
                        .description("A file of the media corpus")
                        .build()
                : ElementDraft.image("Corpus", media)
                        .extras(EXTRA)
                        .description("A file of the media corpus")
                        .build();
        RuleProfile rules = KLING.ruleProfile();
        Seq<RuleViolation> violations = ReferenceRules.validate(draft, rules, KLING.capabilities())
                .fold(broken -> broken, valid -> io.vavr.collection.List.empty());
        return TreeSet.ofAll(violations.map(RuleViolation::code));
    }
}
