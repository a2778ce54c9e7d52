package io.elements4j.adapter.support;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What came back when a call did not succeed, before anyone decided what it means. Vendor classifiers turn it into
 * an {@link io.elements4j.domain.error.ElementsError}; the retry policy reads its {@link Kind} to know whether the
 * vendor may have acted on the request.
 *
 * <p>Failures built by {@link VendorHttp} are already redacted: known secrets, bearer tokens and credential-like
 * fields in the body and detail are masked.
 *
 * @param kind       how far the call got
 * @param status     the HTTP status, 0 when no response arrived
 * @param headers    the response headers, looked up without regard to case
 * @param body       the response body as text, at most {@link #MAX_BODY_CHARS} characters ("" when none)
 * @param retryAfter how long the vendor asked us to wait ({@code Retry-After}), if it said
 * @param detail     for failures without a usable response: what went wrong (e.g. {@code ConnectException:
 *                   Connection refused}, or the parser's complaint about a body)
 */
public record HttpFailure(
        Kind kind, int status, Headers headers, String body, Option<Duration> retryAfter, Option<String> detail) {

    /** Bodies longer than this are cut: enough for any error envelope, not enough to flood a log. */
    public static final int MAX_BODY_CHARS = 64 * 1024;

    /** How far a failed call got, which tells whether the vendor may have acted on it. */
    public enum Kind {
        /** The vendor answered with a status (or a 2xx whose body is an error envelope). */
        RESPONSE,
        /** The request never reached the vendor (refused, DNS, TLS handshake, connect timeout): safe to re-send. */
        CONNECT_FAILED,
        /**
         * The connection failed after the request was sent (reset, read timeout): the vendor may have acted on it,
         * so a non-idempotent call is ambiguous.
         */
        IO_AFTER_SEND,
        /** The vendor answered 2xx but the body could not be read as the expected shape. */
        MALFORMED_BODY
    }

    public HttpFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(detail, "detail");
        if (status < 0) {
            throw new IllegalArgumentException("status must be 0 (no response) or an HTTP status: " + status);
        }
        body = body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
    }

    /** The vendor answered {@code status}; {@code Retry-After} is read against {@code clock}. */
    public static HttpFailure response(int status, Headers headers, String body, Clock clock) {
        return new HttpFailure(Kind.RESPONSE, status, headers, body, RetryAfter.from(headers, clock), Option.none());
    }

    public static HttpFailure connectFailed(String detail) {
        return new HttpFailure(Kind.CONNECT_FAILED, 0, Headers.none(), "", Option.none(), Option.of(detail));
    }

    /** The connection broke after sending; {@code status} is the status if one had arrived, else 0. */
    public static HttpFailure ioAfterSend(int status, String detail) {
        return new HttpFailure(Kind.IO_AFTER_SEND, status, Headers.none(), "", Option.none(), Option.of(detail));
    }

    public static HttpFailure malformedBody(int status, Headers headers, String body, String detail) {
        return new HttpFailure(Kind.MALFORMED_BODY, status, headers, body, Option.none(), Option.of(detail));
    }

    /** The first value of a response header. */
    public Option<String> header(String name) {
        return headers.first(name);
    }

    /** Whether a response (of any status) arrived. */
    public boolean hasResponse() {
        return status > 0;
    }

    /** "HTTP 503", or "no response". */
    public String describeStatus() {
        return hasResponse() ? "HTTP " + status : "no response";
    }

    /**
     * This failure as if it had come with another status: for a vendor whose 2xx body carries an error envelope
     * whose code is itself an HTTP status (WaveSpeed's {@code code}), so the classifier reads it as that status.
     *
     * @param otherStatus the status the vendor's envelope names
     * @return this failure with {@code otherStatus}, or this failure when the status is the same
     */
    public HttpFailure withStatus(int otherStatus) {
        return otherStatus == status ? this : new HttpFailure(kind, otherStatus, headers, body, retryAfter, detail);
    }

    /** This failure with its body and detail passed through {@code redaction}. */
    public HttpFailure redactedWith(Redaction redaction) {
        return new HttpFailure(kind, status, headers, redaction.text(body), retryAfter, detail.map(redaction::text));
    }
}
