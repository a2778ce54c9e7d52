package io.elements4j.ports.api;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;

/**
 * Reads the callbacks a vendor sends to a task's callback URL. Implemented by the adapters whose vendor calls back
 * (their metadata declares {@link Capability#CALLBACKS}); host apps call
 * {@code Elements#receiveCallback} instead, which also ends the waits for the task.
 */
public interface ElementCallbackPort {

    /**
     * Verifies a callback where the vendor signs them and a secret is configured, and reads the task it describes.
     * A body that is not what the vendor sends, and a missing, tampered or stale signature, are errors, never
     * exceptions: {@code Unauthorized} for a signature refused, {@code ProviderFailure} for a body that cannot be read.
     * {@code Unsupported} by default, for a vendor that does not call back.
     *
     * @param callback the request as it arrived
     * @return the task as the callback describes it
     */
    default Either<ElementsError, CreationTask> readCallback(IncomingCallback callback) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.CALLBACKS));
    }

    /**
     * How {@link #readCallback} judges who sent a callback, as this client was configured: a vendor that signs its
     * callbacks answers {@code SIGNATURES_CHECKED}, {@code UNSIGNED_ACCEPTED} (the explicit
     * {@code accept-unsigned-callbacks} choice) or {@code UNSIGNED_REFUSED}. The default,
     * {@code VENDOR_DOES_NOT_SIGN}, is for a vendor whose callbacks carry no signature.
     *
     * @return the verification in force
     */
    default CallbackVerification callbackVerification() {
        return CallbackVerification.VENDOR_DOES_NOT_SIGN;
    }
}
