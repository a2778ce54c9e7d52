package io.elements4j.benchmarks.calls;

import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Either;

final class Calls {

    private Calls() {}

    /** The value, or an exception naming the error: a benchmark must not quietly time failures. */
    static <T> T orThrow(Either<ElementsError, ? extends T> result, String what) {
        if (result.isLeft()) {
            throw new IllegalStateException(what + " failed: " + result.getLeft());
        }
        return result.get();
    }
}
