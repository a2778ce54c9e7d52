package io.elements4j.ports.observe;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * A call ended after all its attempts.
 *
 * @param provider   the provider id
 * @param operation  the operation (see {@link CallStarted#operation()})
 * @param attempts   how many attempts were sent (0 when the call-timeout had passed before the first)
 * @param outcome    {@value #SUCCESS}, or the kind of error as its type name ({@code NotFound},
 *                   {@code ProviderFailure}, {@code Timeout}, …)
 * @param httpStatus the status of the last response, 0 when none arrived
 * @param vendorCode the vendor's error code, if it gave one
 * @param requestId  the vendor's request id, if it gave one
 * @param duration   how long the call took, retries and waits included
 * @param response   the last response as the vendor sent it (secret headers masked, body redacted and truncated);
 *                   present for a failed call that got a response, or for a call that succeeded to a listener that
 *                   {@link ElementsListener#wantsBodies() wants bodies}, those of
 *                   {@link ElementsListener#wantsBodiesOfSuccesses() successes} too. Its body is empty unless the
 *                   listener wants bodies.
 */
public record CallEnded(
        String provider,
        String operation,
        int attempts,
        String outcome,
        int httpStatus,
        Option<String> vendorCode,
        Option<String> requestId,
        Duration duration,
        Option<RawResponse> response) {

    /** The outcome of a call that succeeded. */
    public static final String SUCCESS = "success";

    /**
     * Checks that nothing is null.
     *
     * @param provider the provider id
     * @param operation the operation (see {@link CallStarted#operation()})
     * @param attempts how many attempts were sent (0 when the call-timeout had passed before the first)
     * @param outcome {@value #SUCCESS}, or the kind of error as its type name ({@code NotFound}
     * @param httpStatus the status of the last response, 0 when none arrived
     * @param vendorCode the vendor's error code, if it gave one
     * @param requestId the vendor's request id, if it gave one
     * @param duration how long the call took, retries and waits included
     * @param response the last response as the vendor sent it (secret headers masked, body redacted and truncated)
     */
    public CallEnded {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(vendorCode, "vendorCode");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(response, "response");
    }

    /**
     * Whether the call succeeded.
     *
     * @return true when {@link #outcome()} is {@value #SUCCESS}
     */
    public boolean succeeded() {
        return SUCCESS.equals(outcome);
    }

    /**
     * This event as a listener that does not want bodies sees it: the response of a success dropped, a failure's
     * kept without its body.
     *
     * @return the event without any response body
     */
    public CallEnded withoutBody() {
        Option<RawResponse> shown = succeeded() ? Option.none() : response.map(RawResponse::withoutBody);
        return new CallEnded(
                provider, operation, attempts, outcome, httpStatus, vendorCode, requestId, duration, shown);
    }
}
