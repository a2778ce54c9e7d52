package io.elements4j.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.bulk.CreationJournal;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC journal does on any database: the table appears on first use, and what one opening wrote the next
 * reads. Run on an embedded H2 ({@link JdbcCreationJournalOnH2Test}) and on a real PostgreSQL
 * ({@link JdbcCreationJournalOnPostgresTest}).
 */
abstract class JdbcCreationJournalTest {

    private static final IdempotencyKey A = IdempotencyKey.of("hero-a");
    private static final IdempotencyKey B = IdempotencyKey.of("hero-b");
    private static final IdempotencyKey C = IdempotencyKey.of("hero-c");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    /** A database of its own for one test, empty. */
    abstract DataSource database(String name);

    @Test
    void the_table_is_created_when_missing_and_a_reopened_journal_holds_each_drafts_latest_state() throws Exception {
        DataSource source = database("reopen");
        try (JdbcCreationJournal journal = JdbcCreationJournal.open(source, "run-1")) {
            journal.intent(A, "Maeva the courier", AT);
            journal.created(A, CreationTask.of(CreationTaskId.of("t 1"), TaskState.SUBMITTED));
            journal.finished(
                    A,
                    new CreationJournal.Outcome(
                            true, CreationTaskId.of("t 1"), List.of(ElementId.of("e1"), ElementId.of("e2")), ""));
            journal.intent(B, "Bob", AT.plusSeconds(1));
            journal.created(B, CreationTask.of(CreationTaskId.of("t2"), TaskState.SUBMITTED));
            journal.intent(C, "Cid", AT.plusSeconds(2));
            journal.refused(C);
        }
        try (Connection c = source.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            java.util.List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            assertThat(names).as("the table was created").contains("elements4j_creation_journal");
        }

        try (JdbcCreationJournal journal = JdbcCreationJournal.open(source, "run-1")) {
            assertThat(journal.replay().get(A).get().outcome())
                    .contains(new CreationJournal.Outcome(
                            true, CreationTaskId.of("t 1"), List.of(ElementId.of("e1"), ElementId.of("e2")), ""));
            assertThat(journal.replay().get(A).get().name()).isEqualTo("Maeva the courier");
            assertThat(journal.replay().get(B).get().taskId()).contains(CreationTaskId.of("t2"));
            assertThat(journal.replay().get(B).get().outcome()).isEqualTo(Option.none());
            assertThat(journal.replay().get(B).get().intentAt()).isEqualTo(AT.plusSeconds(1));
            assertThat(journal.replay().containsKey(C))
                    .as("refused: as if never sent")
                    .isFalse();
            journal.finished(
                    B,
                    new CreationJournal.Outcome(
                            false, CreationTaskId.of("t2"), List.empty(), "no face found\nin frame"));
        }
        try (JdbcCreationJournal journal = JdbcCreationJournal.open(source, "run-1")) {
            assertThat(journal.replay().get(B).get().outcome().get().message()).isEqualTo("no face found\nin frame");
            assertThat(journal.replay().get(B).get().outcome().get().succeeded())
                    .isFalse();
        }
    }

    @Test
    void journals_sharing_a_table_do_not_see_each_other_and_a_second_intent_starts_the_draft_afresh() {
        DataSource source = database("shared");
        JdbcCreationJournal first = JdbcCreationJournal.open(source, "library", "first");
        JdbcCreationJournal second = JdbcCreationJournal.open(source, "library", "second");
        first.intent(A, "A", AT);
        first.created(A, CreationTask.of(CreationTaskId.of("t1"), TaskState.SUBMITTED));
        second.intent(B, "B", AT);

        assertThat(first.replay().keySet()).containsExactly(A);
        assertThat(second.replay().keySet()).containsExactly(B);
        first.intent(A, "A", AT.plusSeconds(5));
        assertThat(first.replay().get(A).get().taskId())
                .as("sent again: the old task is forgotten")
                .isEmpty();
        assertThat(first.replay().get(A).get().intentAt()).isEqualTo(AT.plusSeconds(5));
    }

    @Test
    void a_write_for_a_draft_without_an_intent_and_a_table_name_that_is_not_an_identifier_are_refused() {
        DataSource source = database("refused");
        JdbcCreationJournal journal = JdbcCreationJournal.open(source, "run");
        assertThatThrownBy(() -> journal.created(A, CreationTask.of(CreationTaskId.of("t1"), TaskState.SUBMITTED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no intent recorded for key");
        assertThatThrownBy(() -> JdbcCreationJournal.open(source, "journal; DROP TABLE x", "run"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
