package io.elements4j.ports.waiter;

/** What a waiter's acceptor makes of one poll: done, failed for good, or poll again. */
public enum Acceptance {
    SUCCESS,
    FAILURE,
    RETRY
}
