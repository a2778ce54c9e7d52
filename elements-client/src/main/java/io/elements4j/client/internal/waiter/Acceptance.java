package io.elements4j.client.internal.waiter;

/** What a waiter's acceptor makes of one poll: done, failed for good, or poll again. */
public enum Acceptance {
    /** The wait is over: the task finished well. */
    SUCCESS,
    /** The wait is over: the task failed. */
    FAILURE,
    /** Not finished: poll again. */
    RETRY
}
