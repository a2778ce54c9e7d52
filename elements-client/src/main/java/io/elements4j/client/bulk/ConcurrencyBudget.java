package io.elements4j.client.bulk;

import io.vavr.control.Option;
import java.time.Duration;

/**
 * The parallel tasks of one vendor account, shared by every bulk run on it — in this process and in others: before a
 * bulk run starts a draft it takes a slot, and it gives the slot back when the draft's task has ended (or the draft
 * was turned away). So several instances creating on one account stay together within the account's parallel-task
 * limit instead of each growing toward it. Give one to {@code ElementsBuilder.concurrencyBudget};
 * {@code elements-postgres} offers one whose slots are leases in PostgreSQL.
 *
 * <p>The run's own adaptive limit still applies on top: a slot lets a draft start only when the run's limit does
 * too, and the run still cuts its limit when the vendor turns a create away.
 *
 * <p>Thread-safe. {@link #tryTake} must not block for long: it is asked on the run's scheduling path.
 */
public interface ConcurrencyBudget {

    /**
     * Takes a slot for a draft about to start, if one is free now.
     *
     * @return the slot, or none when every slot is taken (the run asks again after {@link #retryAfterNone()}, and
     *         whenever one of its own drafts ends)
     * @throws RuntimeException when the budget cannot be asked (its database is down, say): the run stops, as it does
     *                          when its journal cannot be written
     */
    Option<Slot> tryTake();

    /**
     * How soon a run asks again after finding no slot free, when none of its own drafts ended meanwhile: the slots
     * other processes give back are seen no later than this.
     *
     * @return the delay; 200 ms by default
     */
    default Duration retryAfterNone() {
        return Duration.ofMillis(200);
    }

    /** One slot taken; given back once. */
    @FunctionalInterface
    interface Slot {

        /** Gives the slot back; a second call does nothing. Never throws. */
        void release();
    }
}
