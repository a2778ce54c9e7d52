package io.elements4j.sandbox;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/** Something to go wrong on a simulated request, rendered in the vendor's own error envelope where it has a body. */
public sealed interface Fault {

    /**
     * An error status with the vendor's error body, e.g. Kling 429 / code 1303.
     *
     * @param message a plain-English account of what went wrong
     * @param vendorCode the vendor's own error code, if any
     * @return an error status with the vendor's error body, e.g
     */
    static Fault status(int status, String vendorCode, String message) {
        return new Status(status, vendorCode, message, Option.none());
    }

    /**
     * An error status with a {@code Retry-After} header (whole seconds).
     *
     * @param message a plain-English account of what went wrong
     * @param retryAfter how long the vendor asks the caller to wait, if it said
     * @param vendorCode the vendor's own error code, if any
     * @return an error status with a {@code Retry-After} header (whole seconds)
     */
    static Fault status(int status, String vendorCode, String message, Duration retryAfter) {
        return new Status(status, vendorCode, message, Option.some(retryAfter));
    }

    /**
     * The normal answer, but only after a real delay (for read timeouts; keep it short in tests).
     *
     * @return the normal answer, but only after a real delay (for read timeouts; keep it short in tests)
     */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /**
     * The connection is reset after the request was read: the client cannot know whether it took effect.
     *
     * @return the connection is reset after the request was read: the client cannot know whether it took effect
     */
    static Fault connectionReset() {
        return new ConnectionReset(true);
    }

    /**
     * The connection is reset and the request is NOT processed (the simulator's state is unchanged).
     *
     * @return the connection is reset and the request is NOT processed (the simulator's state is unchanged)
     */
    static Fault connectionResetBeforeProcessing() {
        return new ConnectionReset(false);
    }

    /**
     * A body that is not the vendor's JSON, with the given status; the request is NOT processed.
     *
     * @return A body that is not the vendor's JSON, with the given status; the request is NOT processed
     */
    static Fault malformedBody(int status) {
        return new MalformedBody(status, false);
    }

    /**
     * The request is processed and answered 200, but the vendor's JSON is cut short half-way.
     *
     * @return the request is processed and answered 200, but the vendor's JSON is cut short half-way
     */
    static Fault cutShort() {
        return new MalformedBody(200, true);
    }

    /** Status. */
    record Status(int status, String vendorCode, String message, Option<Duration> retryAfter) implements Fault {
        /**
         * Creates the value, checking every component.
         *
         * @param message a plain-English account of what went wrong
         * @param retryAfter how long the vendor asks the caller to wait, if it said
         * @param vendorCode the vendor's own error code, if any
         */
        public Status {
            Objects.requireNonNull(vendorCode, "vendorCode");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** Delay. */
    record Delay(Duration delay) implements Fault {
        /**
         * Creates the value, checking every component.
         */
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** @param processed whether the simulator still performs the request before resetting (an ambiguous failure) */
    record ConnectionReset(boolean processed) implements Fault {}

    /**
     * @param status    the status it answers with
     * @param processed whether the simulator performs the request first (its real answer is then cut short)
     */
    record MalformedBody(int status, boolean processed) implements Fault {}
}
