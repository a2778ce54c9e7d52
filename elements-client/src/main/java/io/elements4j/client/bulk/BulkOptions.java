package io.elements4j.client.bulk;

import io.elements4j.client.waiter.AwaitOptions;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How a bulk run goes: where its concurrency starts and how high it may climb, how each task is waited for, the
 * journal it resumes from and writes, who hears its progress, and how often one draft may be turned away as
 * rate-limited before that is its answer. Immutable; each {@code with…} answers a copy.
 *
 * @param initialConcurrency the drafts in flight at the start (default 4)
 * @param maxConcurrency     the most drafts ever in flight (default 64)
 * @param await              how each task is waited for (default: the facade's await defaults)
 * @param journal            where the run is written down, to resume from (default: none)
 * @param listener           who hears the progress (default: nobody)
 * @param maxSendsPerDraft   the sends of one draft turned away as rate-limited before {@code RateLimited} is its
 *                           answer (default 20)
 */
public record BulkOptions(
        int initialConcurrency,
        int maxConcurrency,
        Option<AwaitOptions> await,
        Option<CreationJournal> journal,
        BulkListener listener,
        int maxSendsPerDraft) {

    /**
     * Checks every component.
     *
     * @param initialConcurrency the drafts in flight at the start
     * @param maxConcurrency     the most drafts in flight
     * @param await              how each task is waited for
     * @param journal            the journal, if any
     * @param listener           the progress listener
     * @param maxSendsPerDraft   sends of one draft before a rate limit is its answer
     */
    public BulkOptions {
        Objects.requireNonNull(await, "await");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(listener, "listener");
        if (initialConcurrency < 1 || maxConcurrency < initialConcurrency) {
            throw new IllegalArgumentException(
                    "need 1 <= initial concurrency <= max concurrency: " + initialConcurrency + ", " + maxConcurrency);
        }
        if (maxSendsPerDraft < 1) {
            throw new IllegalArgumentException("maxSendsPerDraft must be at least 1: " + maxSendsPerDraft);
        }
    }

    /**
     * The defaults: 4 in flight at first, at most 64, the facade's waits, no journal, no listener, 20 sends.
     *
     * @return the default options
     */
    public static BulkOptions defaults() {
        return new BulkOptions(4, 64, Option.none(), Option.none(), BulkListener.none(), 20);
    }

    /**
     * Where concurrency starts and how high it may climb.
     *
     * @param initial the drafts in flight at the start
     * @param max     the most drafts ever in flight
     * @return a copy with these limits
     */
    public BulkOptions withConcurrency(int initial, int max) {
        return new BulkOptions(initial, max, await, journal, listener, maxSendsPerDraft);
    }

    /**
     * How each task is waited for.
     *
     * @param value backoff, timeout and attempt limit of each wait
     * @return a copy with these waits
     */
    public BulkOptions withAwait(AwaitOptions value) {
        return new BulkOptions(
                initialConcurrency, maxConcurrency, Option.some(value), journal, listener, maxSendsPerDraft);
    }

    /**
     * The journal the run resumes from and writes to; the drafts need keys stable across runs.
     *
     * @param value the journal
     * @return a copy writing to it
     */
    public BulkOptions withJournal(CreationJournal value) {
        return new BulkOptions(
                initialConcurrency, maxConcurrency, await, Option.some(value), listener, maxSendsPerDraft);
    }

    /**
     * Who hears the progress.
     *
     * @param value the listener
     * @return a copy reporting to it
     */
    public BulkOptions withListener(BulkListener value) {
        return new BulkOptions(initialConcurrency, maxConcurrency, await, journal, value, maxSendsPerDraft);
    }

    /**
     * How often one draft may be turned away as rate-limited before that is its answer.
     *
     * @param value the most sends of one draft
     * @return a copy with this limit
     */
    public BulkOptions withMaxSendsPerDraft(int value) {
        return new BulkOptions(initialConcurrency, maxConcurrency, await, journal, listener, value);
    }
}
