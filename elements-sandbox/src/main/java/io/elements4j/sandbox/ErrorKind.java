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
    SERVER_ERROR;

    /**
     * The HTTP status a vendor that speaks plain HTTP answers this kind with: 401, 402, 403, 404, 400 (a refusal for
     * the content included), 429 or 500. A vendor with codes of its own maps them in its simulator.
     *
     * @return the status
     */
    public int usualStatus() {
        return switch (this) {
            case UNAUTHORIZED -> 401;
            case INSUFFICIENT_CREDITS -> 402;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case INVALID_REQUEST, POLICY_REJECTED -> 400;
            case RATE_LIMITED -> 429;
            case SERVER_ERROR -> 500;
        };
    }
}
