package io.elements4j.adapter.support;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Clock;

/**
 * Turns every non-2xx response into an {@link HttpFailure} (status, headers, bounded body) and nothing more:
 * deciding what it means is the classifier's job, retrying it the policy's. Replaces Feign's default, which would
 * turn a {@code Retry-After} into its own retry signal.
 */
final class CapturingErrorDecoder implements ErrorDecoder {

    private final Clock clock;

    CapturingErrorDecoder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        Headers headers = Headers.of(response.headers());
        try {
            String body = BodyText.bounded(response, HttpFailure.MAX_BODY_CHARS * 4);
            return new HttpFailureException(HttpFailure.response(response.status(), headers, body, clock));
        } catch (IOException e) {
            // The status arrived, so the vendor answered; only its explanation was lost.
            return new HttpFailureException(new HttpFailure(
                    HttpFailure.Kind.RESPONSE,
                    response.status(),
                    headers,
                    "",
                    RetryAfter.from(headers, clock),
                    Option.of("the body could not be read: " + FailureTranslation.describe(e))));
        }
    }
}
