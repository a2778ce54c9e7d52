package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The result of a call and how many times it was sent.
 *
 * @param attempts requests made (a call that was retried twice made 3); 0 when its call-timeout had passed
 *                 before anything could be sent
 */
public record CallOutcome<T>(Either<ElementsError, T> result, int attempts) {

    public CallOutcome {
        Objects.requireNonNull(result, "result");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative: " + attempts);
        }
    }
}
