package io.elements4j.ports.callback;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.rules.RuleCodes;

/**
 * What every callback receiver answers a vendor whose callback the facade refused, so the embedded server, the
 * Spring Boot endpoint and a host app's own controller tell a vendor the same thing.
 */
public final class CallbackRefusal {

    private CallbackRefusal() {}

    /**
     * The HTTP status for a refused callback: 401 for a signature refused, 404 for a provider that takes no
     * callbacks, 413 for a body larger than the facade reads ({@code callback-max-bytes}), 503 for a callback read
     * well that could not be kept now (a fleet's shared record is down: the vendor should send it again, and vendors
     * that resend only on a server error do so on 503), 400 for a body that is not the vendor's.
     *
     * @param error why the facade's {@code receiveCallback} refused the callback
     * @return the status to answer the vendor with
     */
    public static int httpStatus(ElementsError error) {
        if (error instanceof ElementsError.Unauthorized) {
            return 401;
        }
        if (error instanceof ElementsError.InvalidRequest invalid
                && invalid.violations().exists(v -> v.code().equals(RuleCodes.CALLBACK_BODY_TOO_LARGE))) {
            return 413;
        }
        if (error instanceof ElementsError.Unsupported) {
            return 404;
        }
        if (error instanceof ElementsError.ProviderFailure failure && failure.retryable()) {
            return 503;
        }
        return 400;
    }
}
