package io.elements4j.sandbox;

/**
 * Vendor-neutral kinds of error, so the conformance suite can ask any simulator for "its" balance error or rate
 * limit without knowing that Kling says 429/1102 and Evolink 402/insufficient_quota.
 */
public enum ErrorKind {
    /** Credentials missing or rejected (HTTP 401). */
    UNAUTHORIZED,
    /** INSUFFICIENT CREDITS. */
    INSUFFICIENT_CREDITS,
    /** Credentials valid but not permitted (HTTP 403). */
    FORBIDDEN,
    /** NOT FOUND. */
    NOT_FOUND,
    /** A 400 whose message the adapter must keep. */
    INVALID_REQUEST,
    /** RATE LIMITED. */
    RATE_LIMITED,
    /** POLICY REJECTED. */
    POLICY_REJECTED,
    /** SERVER ERROR. */
    SERVER_ERROR
}
