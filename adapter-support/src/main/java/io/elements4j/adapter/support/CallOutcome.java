package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The result of a call and how many times it was sent.
 *
 * @param attempts requests made, at least 1 (a call that was retried twice made 3)
 */
public record CallOutcome<T>(Either<ElementsError, T> result, int attempts) {

    public CallOutcome {
        Objects.requireNonNull(result, "result");
        if (attempts < 1) {
            throw new IllegalArgumentException("a call makes at least one attempt: " + attempts);
        }
    }
}
