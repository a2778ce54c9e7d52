package io.elements4j.sandbox;

/**
 * Vendor-neutral kinds of error, so the conformance suite can ask any simulator for "its" balance error or rate
 * limit without knowing that Kling says 429/1102 and Evolink 402/insufficient_quota.
 */
public enum ErrorKind {
    UNAUTHORIZED,
    INSUFFICIENT_CREDITS,
    FORBIDDEN,
    NOT_FOUND,
    /** A 400 whose message the adapter must keep. */
    INVALID_REQUEST,
    RATE_LIMITED,
    POLICY_REJECTED,
    SERVER_ERROR
}
