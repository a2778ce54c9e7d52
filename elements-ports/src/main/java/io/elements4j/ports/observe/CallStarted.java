package io.elements4j.ports.observe;

import java.util.Objects;

/**
 * A call to a vendor is about to send its first attempt.
 *
 * @param provider  the provider id ({@code kling-official}, {@code useapi}, …)
 * @param operation the facade operation it serves ({@code submit}, {@code task}, {@code find}, {@code list},
 *                  {@code presets}, {@code tags}, {@code voices}, {@code delete}), or the kind of call
 *                  ({@code read}, {@code create}) outside one
 */
public record CallStarted(String provider, String operation) {

    /**
     * Checks that nothing is null.
     *
     * @param provider the provider id ({@code kling-official}, {@code useapi}, …)
     * @param operation the facade operation it serves ({@code submit}, {@code task}, {@code find}, {@code list}
     */
    public CallStarted {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(operation, "operation");
    }
}
