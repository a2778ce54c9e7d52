package io.elements4j.client.callback;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * A record of callback states shared by several facades — several instances of a host app behind one load balancer
 * — so a callback any of them accepts ends the waits for its task on all of them. Give one to
 * {@code ElementsBuilder.sharedTaskUpdates}; {@code elements-postgres} offers one on PostgreSQL.
 *
 * <p>The facade still keeps its own {@link TaskUpdates}; the shared record adds three things. A callback this facade
 * accepts is {@linkplain Channel#record recorded} there before the vendor is answered. A wait that starts after its
 * task's callback landed elsewhere {@linkplain Channel#find finds} it there. And states recorded by other facades are
 * {@linkplain Receiver#deliver delivered} to this one while it waits for their tasks.
 *
 * <p>A create whose answer was lost is known by its draft's key alone until its callback names the task (the
 * callback's URL names the draft, {@code elements4j-draft}): a facade waiting for such a draft asks the record for the
 * task recorded with that key ({@link Channel#findByDraft}) and wants the states recorded with it delivered
 * ({@link Receiver#waitsForDraft}). A record that keeps no keys leaves those waits to callbacks sent to their own
 * facade.
 *
 * <p>An implementation keeps a task's state moving forward only, as {@link TaskUpdates} describes, and must be
 * thread-safe: {@link Channel#record} runs on the threads that receive callbacks, {@link Channel#find} on the threads
 * that wait.
 */
public interface SharedTaskUpdates {

    /**
     * Connects one facade to the record; called once, when the facade is built.
     *
     * @param providerId the facade's provider: task ids are only unique within one vendor
     * @param receiver   where states recorded by other facades go, and which tasks this facade waits for
     * @return the facade's side of the connection, closed with the facade
     */
    Channel open(String providerId, Receiver receiver);

    /** The facade's side: what it waits for, and where other facades' states go. */
    interface Receiver {

        /**
         * Whether this facade waits for a task now: a state recorded for it elsewhere should be delivered.
         *
         * @return true while at least one of its waits is running
         */
        boolean waitsFor(CreationTaskId task);

        /**
         * Every task this facade waits for now, for a record that reads them again from time to time in case a
         * delivery was lost.
         *
         * @return the tasks, a snapshot
         */
        Set<CreationTaskId> waitedFor();

        /**
         * Whether this facade waits for the callback of a draft whose create's answer was lost: a state recorded
         * elsewhere with that key ({@link CreationTask#idempotencyKey()}) should be delivered.
         *
         * @param draft the draft's idempotency key
         * @return true while at least one wait for the draft is running
         */
        default boolean waitsForDraft(IdempotencyKey draft) {
            return false;
        }

        /**
         * Every draft this facade waits for by key now, for the periodic read.
         *
         * @return the drafts' keys, a snapshot
         */
        default Set<IdempotencyKey> draftsWaitedFor() {
            return HashSet.empty();
        }

        /**
         * A state some facade recorded. It ends this facade's waits for the task at once when it is terminal;
         * states that do not move the task forward are ignored. Quick: it only signals the waits.
         *
         * @param task the task as recorded
         */
        void deliver(CreationTask task);
    }

    /** The record as one facade uses it. */
    interface Channel extends AutoCloseable {

        /**
         * Records a state a callback to this facade delivered, for every facade sharing the record; durable when it
         * returns, so the facade may then answer the vendor 2xx.
         *
         * @param task the task as the callback described it
         * @throws RuntimeException when it could not be recorded: the facade then refuses the callback, and the
         *                          vendor sends it again
         */
        void record(CreationTask task);

        /**
         * The state recorded for a task by any facade.
         *
         * @return its most advanced recorded state, or none
         * @throws RuntimeException when the record cannot be read: the wait goes on polling the vendor
         */
        Option<CreationTask> find(CreationTaskId task);

        /**
         * The state recorded by any facade for the task a draft made, found by the draft's key.
         *
         * @param draft the draft's idempotency key
         * @return the most advanced recorded state of the task recorded with that key, or none (also when the record
         *         keeps no keys)
         * @throws RuntimeException when the record cannot be read: the wait goes on waiting for a callback here
         */
        default Option<CreationTask> findByDraft(IdempotencyKey draft) {
            return Option.none();
        }

        /** Stops the deliveries to this facade. */
        @Override
        void close();
    }
}
