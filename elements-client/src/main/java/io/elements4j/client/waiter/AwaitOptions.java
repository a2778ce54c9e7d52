package io.elements4j.client.waiter;

import io.elements4j.ports.time.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a creation task, AWS-waiter style: poll with {@link Backoff}, give up after {@code timeout}
 * overall or after {@code maxAttempts} polls, whichever comes first. A terminal failure ends the wait at once.
 *
 * @param backoff     delays between polls
 * @param timeout     the longest the whole wait may take
 * @param maxAttempts the most polls (0 = no limit but the timeout)
 */
public record AwaitOptions(Backoff backoff, Duration timeout, int maxAttempts) {

    /** 2 s, doubling to 30 s, 20% jitter, 15 minutes overall: element creation usually takes seconds to minutes. */
    public static final AwaitOptions DEFAULT = new AwaitOptions(
            new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 2.0, 0.2), Duration.ofMinutes(15), 0);

    /**
     * Creates the value, checking every component.
     */
    public AwaitOptions {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("an await timeout must be positive: " + timeout);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be >= 0 (0 means no limit): " + maxAttempts);
        }
    }

    /**
     * The defaults.
     */
    public static AwaitOptions defaults() {
        return DEFAULT;
    }

    /**
     * A copy with the given timeout.
     *
     * @param value the timeout
     * @return A copy with the given timeout
     */
    public AwaitOptions withTimeout(Duration value) {
        return new AwaitOptions(backoff, value, maxAttempts);
    }

    /**
     * A copy with the given backoff.
     *
     * @param value the backoff
     * @return A copy with the given backoff
     */
    public AwaitOptions withBackoff(Backoff value) {
        return new AwaitOptions(value, timeout, maxAttempts);
    }

    /**
     * A copy with the given max attempts.
     *
     * @param value the max attempts
     * @return A copy with the given max attempts
     */
    public AwaitOptions withMaxAttempts(int value) {
        return new AwaitOptions(backoff, timeout, value);
    }
}
