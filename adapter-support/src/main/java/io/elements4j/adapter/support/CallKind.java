package io.elements4j.adapter.support;

/**
 * What a call does to the vendor's state, which decides whether sending it again is safe.
 */
public enum CallKind {

    /** A lookup (GET, list, status poll): sending it twice changes nothing. */
    READ(true),

    /**
     * Creates something and is not idempotent: once the vendor may have accepted it, it is never re-sent; only a
     * failure that proves the vendor turned it away (no connection, a rate limit, 503) is retried.
     */
    CREATE(false),

    /** Deletes something: a second delete of what is gone has the same effect, so it is retried like a read. */
    DELETE(true);

    private final boolean idempotent;

    CallKind(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** Whether sending the call again after an ambiguous failure leaves the vendor in the same state. */
    public boolean idempotent() {
        return idempotent;
    }
}
