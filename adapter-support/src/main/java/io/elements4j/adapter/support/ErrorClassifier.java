package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;

/**
 * Decides what a failed call means, once, per vendor. An implementation reads its vendor's envelope (code, message,
 * request id), maps the codes that mean something other than their HTTP status (Kling's HTTP 429 is a balance, rate
 * or IP problem depending on its {@code code}), and leaves the rest to {@link DefaultErrorClassification}.
 *
 * <p>The retry policy acts on the answer: an error's {@code retryable()}, and {@code ambiguous} on a
 * {@link ElementsError.ProviderFailure}, together with the failure's {@link HttpFailure.Kind}.
 */
@FunctionalInterface
public interface ErrorClassifier {

    /**
     * @param failure what came back (already redacted)
     * @param call    what the call was, which decides whether a failure leaves a create ambiguous
     * @return the error; never null. Its message must not contain a secret: build it from the vendor's message
     *         and request id, never from request headers.
     */
    ElementsError classify(HttpFailure failure, CallKind call);

    /**
     * The common mapping by HTTP status, with the vendor's code, message and request id guessed from the usual
     * envelope shapes ({@link VendorError#guess}). A vendor whose codes matter writes its own classifier.
     */
    static ErrorClassifier byStatus(String vendor) {
        DefaultErrorClassification defaults = DefaultErrorClassification.forVendor(vendor);
        return (failure, call) -> defaults.classify(failure, call, VendorError.guess(failure));
    }
}
