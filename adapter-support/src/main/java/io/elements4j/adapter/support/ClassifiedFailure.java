package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import java.util.Objects;

/** One failed attempt: what came back, and what the vendor's classifier decided it means. */
public record ClassifiedFailure(HttpFailure failure, ElementsError error) {

    public ClassifiedFailure {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(error, "error");
    }
}
