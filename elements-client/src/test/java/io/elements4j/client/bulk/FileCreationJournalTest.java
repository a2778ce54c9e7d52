package io.elements4j.client.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file journal: what it wrote is what a new process reads, a torn last line is dropped, damage is refused. */
class FileCreationJournalTest {

    private static final IdempotencyKey A = IdempotencyKey.of("hero-a");
    private static final IdempotencyKey B = IdempotencyKey.of("hero-b");
    private static final IdempotencyKey C = IdempotencyKey.of("hero-c");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_reopened_journal_holds_each_drafts_latest_state_and_a_torn_last_line_is_dropped() throws IOException {
        Path file = dir.resolve("run.journal");
        try (FileCreationJournal journal = FileCreationJournal.open(file)) {
            journal.intent(A, "Maeva the courier", AT);
            journal.created(A, CreationTask.of(CreationTaskId.of("t 1"), TaskState.SUBMITTED));
            journal.finished(
                    A,
                    new CreationJournal.Outcome(
                            true, CreationTaskId.of("t 1"), List.of(ElementId.of("e1"), ElementId.of("e2")), ""));
            journal.intent(B, "Bob", AT);
            journal.created(B, CreationTask.of(CreationTaskId.of("t2"), TaskState.SUBMITTED));
            journal.intent(C, "Cid", AT);
            journal.refused(C);
        }
        Files.writeString(file, "F hero-b t2 half-writ", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (FileCreationJournal journal = FileCreationJournal.open(file)) {
            assertThat(journal.replay().get(A).get().outcome())
                    .contains(new CreationJournal.Outcome(
                            true, CreationTaskId.of("t 1"), List.of(ElementId.of("e1"), ElementId.of("e2")), ""));
            assertThat(journal.replay().get(A).get().name()).isEqualTo("Maeva the courier");
            assertThat(journal.replay().get(B).get().taskId()).contains(CreationTaskId.of("t2"));
            assertThat(journal.replay().get(B).get().outcome())
                    .as("the torn line is not an outcome")
                    .isEqualTo(Option.none());
            assertThat(journal.replay().containsKey(C))
                    .as("refused: as if never sent")
                    .isFalse();
            journal.finished(
                    B,
                    new CreationJournal.Outcome(
                            false, CreationTaskId.of("t2"), List.empty(), "no face found\nin frame"));
        }
        try (FileCreationJournal journal = FileCreationJournal.open(file)) {
            assertThat(journal.replay().get(B).get().outcome().get().message()).isEqualTo("no face found\nin frame");
        }
        assertThat(Files.readAllLines(file)).hasSize(8).noneMatch(line -> line.contains("half-writ"));
    }

    @Test
    void a_damaged_line_before_the_end_is_refused() throws IOException {
        Path file = dir.resolve("bad.journal");
        Files.writeString(file, "I 0 hero-a A\nX what\nC hero-a t1\n");
        assertThatThrownBy(() -> FileCreationJournal.open(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2");
    }
}
