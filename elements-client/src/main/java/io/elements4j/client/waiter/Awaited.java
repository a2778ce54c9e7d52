package io.elements4j.client.waiter;

import java.time.Duration;
import java.util.Objects;

/**
 * What a wait matched, and what it cost.
 *
 * @param value    the final state that matched
 * @param attempts how many polls were made (0 when the state was already terminal)
 * @param elapsed  how long the wait took, on the injected clock
 */
public record Awaited<T>(T value, int attempts, Duration elapsed) {

    /**
     * Creates the value, checking every component.
     */
    public Awaited {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
