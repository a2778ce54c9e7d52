package io.elements4j.ports.observe;

import io.elements4j.domain.error.ElementsError.RateLimited;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * An attempt failed and will be sent again.
 *
 * @param provider   the provider id
 * @param operation  the operation (see {@link CallStarted#operation()})
 * @param attempt    the attempt that failed, from 1
 * @param httpStatus the status it answered, 0 when no response arrived
 * @param vendorCode the vendor's error code, if it gave one
 * @param requestId  the vendor's request id, if it gave one
 * @param error      the kind of error, as its type name ({@code RateLimited}, {@code ProviderFailure})
 * @param delay      how long the library waits before the next attempt
 * @param retryAfter the wait the vendor asked for ({@code Retry-After}), if it named one
 * @param limit      for a {@code RateLimited} attempt, which of the vendor's limits it hit, if the answer said
 */
public record CallRetried(
        String provider,
        String operation,
        int attempt,
        int httpStatus,
        Option<String> vendorCode,
        Option<String> requestId,
        String error,
        Duration delay,
        Option<Duration> retryAfter,
        Option<RateLimited.Limit> limit) {

    /**
     * Checks that nothing is null.
     *
     * @param provider the provider id
     * @param operation the operation (see {@link CallStarted#operation()})
     * @param attempt the attempt that failed, from 1
     * @param httpStatus the status it answered, 0 when no response arrived
     * @param vendorCode the vendor's error code, if it gave one
     * @param requestId the vendor's request id, if it gave one
     * @param error the kind of error, as its type name ({@code RateLimited}, {@code ProviderFailure})
     * @param delay how long the library waits before the next attempt
     * @param retryAfter the wait the vendor asked for, if it named one
     * @param limit for a {@code RateLimited} attempt, which of the vendor's limits it hit, if the answer said
     */
    public CallRetried {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(vendorCode, "vendorCode");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(delay, "delay");
    }

    /**
     * An event that does not say which limit was hit.
     *
     * @param provider the provider id
     * @param operation the operation (see {@link CallStarted#operation()})
     * @param attempt the attempt that failed, from 1
     * @param httpStatus the status it answered, 0 when no response arrived
     * @param vendorCode the vendor's error code, if it gave one
     * @param requestId the vendor's request id, if it gave one
     * @param error the kind of error, as its type name
     * @param delay how long the library waits before the next attempt
     * @param retryAfter the wait the vendor asked for, if it named one
     */
    public CallRetried(
            String provider,
            String operation,
            int attempt,
            int httpStatus,
            Option<String> vendorCode,
            Option<String> requestId,
            String error,
            Duration delay,
            Option<Duration> retryAfter) {
        this(provider, operation, attempt, httpStatus, vendorCode, requestId, error, delay, retryAfter, Option.none());
    }

    /**
     * An event without the vendor's {@code Retry-After}.
     *
     * @param provider the provider id
     * @param operation the operation (see {@link CallStarted#operation()})
     * @param attempt the attempt that failed, from 1
     * @param httpStatus the status it answered, 0 when no response arrived
     * @param vendorCode the vendor's error code, if it gave one
     * @param requestId the vendor's request id, if it gave one
     * @param error the kind of error, as its type name
     * @param delay how long the library waits before the next attempt
     */
    public CallRetried(
            String provider,
            String operation,
            int attempt,
            int httpStatus,
            Option<String> vendorCode,
            Option<String> requestId,
            String error,
            Duration delay) {
        this(provider, operation, attempt, httpStatus, vendorCode, requestId, error, delay, Option.none());
    }
}
