package io.elements4j.client.bulk;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What a bulk run did, written down as it happens so a later run over the same drafts resumes instead of starting
 * again. Drafts are known by their {@link IdempotencyKey}: give each draft a key that is the same on every run
 * ({@code ElementDraft.toBuilder().idempotencyKey(IdempotencyKey.of("hero-042"))}); a minted key is new each run,
 * and a journal cannot recognise a draft by it.
 *
 * <p>Per draft the run writes, in order: {@link #intent} before the create is sent; then {@link #created} with the
 * task when the vendor accepted it, or {@link #refused} when the vendor definitely made nothing (the draft may be
 * sent again); then {@link #finished} when the task's outcome is known. Every write must be durable when the
 * method returns — a run that is killed just after has it on record. A write that throws stops the run.
 *
 * <p>On resume ({@link #replay}) a draft whose entry is finished is not sent again (its recorded outcome is the
 * answer); one created but unfinished is awaited by its task id; one with an intent only may or may not have
 * reached the vendor, and is resolved through the vendor where it can be asked (Kling by key, useapi by its
 * listing) or reported as {@code CreationUnknown}; a draft the journal does not know is sent.
 */
public interface CreationJournal extends AutoCloseable {

    /**
     * A draft is about to be sent.
     *
     * @param key  the draft's key
     * @param name the draft's name
     * @param at   when
     */
    void intent(IdempotencyKey key, String name, Instant at);

    /**
     * The vendor accepted the draft and started this task.
     *
     * @param key  the draft's key
     * @param task the task, as the create answered it
     */
    void created(IdempotencyKey key, CreationTask task);

    /**
     * The vendor definitely made nothing for the draft (a refusal, a rate limit): it may be sent again.
     *
     * @param key the draft's key
     */
    void refused(IdempotencyKey key);

    /**
     * The draft's task ended with this outcome.
     *
     * @param key     the draft's key
     * @param outcome how it ended
     */
    void finished(IdempotencyKey key, Outcome outcome);

    /**
     * What the journal holds, draft by draft: for each key the latest state written.
     *
     * @return the entries by key
     */
    Map<IdempotencyKey, Entry> replay();

    /** Releases what the journal holds open; the default holds nothing. */
    @Override
    default void close() {}

    /**
     * One draft's record.
     *
     * @param key      the draft's key
     * @param name     the draft's name
     * @param intentAt when the draft was (last) about to be sent
     * @param taskId   the task the vendor started, once accepted
     * @param outcome  how the task ended, once known
     */
    record Entry(
            IdempotencyKey key, String name, Instant intentAt, Option<CreationTaskId> taskId, Option<Outcome> outcome) {
        /**
         * Checks every component.
         *
         * @param key      the draft's key
         * @param name     the draft's name
         * @param intentAt when the draft was about to be sent
         * @param taskId   the task, once accepted
         * @param outcome  the outcome, once known
         */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(intentAt, "intentAt");
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * How a draft's task ended: succeeded with its elements, or failed with the vendor's reason.
     *
     * @param succeeded  whether the task succeeded
     * @param taskId     the task
     * @param elementIds the elements it made (empty on failure)
     * @param message    the failure's message (empty on success)
     */
    record Outcome(boolean succeeded, CreationTaskId taskId, Seq<ElementId> elementIds, String message) {
        /**
         * Checks every component.
         *
         * @param succeeded  whether the task succeeded
         * @param taskId     the task
         * @param elementIds the elements it made
         * @param message    the failure's message
         */
        public Outcome {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(elementIds, "elementIds");
            Objects.requireNonNull(message, "message");
            elementIds = List.ofAll(elementIds);
        }
    }
}
