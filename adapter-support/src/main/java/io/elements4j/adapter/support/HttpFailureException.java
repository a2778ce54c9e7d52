package io.elements4j.adapter.support;

import java.util.Objects;

/**
 * Carries an {@link HttpFailure} out of Feign's decoders to {@link FailureTranslation}. Never escapes
 * {@link VendorHttp}; it has no stack trace because nobody reads one.
 */
final class HttpFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HttpFailure failure;

    HttpFailureException(HttpFailure failure) {
        super(failure.kind() + " " + failure.describeStatus(), null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    HttpFailure failure() {
        return failure;
    }
}
