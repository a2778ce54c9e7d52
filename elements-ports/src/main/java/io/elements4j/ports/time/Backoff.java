package io.elements4j.ports.time;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: attempt {@code n} waits {@code min(max, initial × multiplier^(n-1))},
 * less a random share of up to {@code jitter} of it, so many clients polling together spread out.
 *
 * @param initial    the first delay
 * @param max        the cap
 * @param multiplier growth per attempt (≥ 1)
 * @param jitter     the share of each delay that is random, 0 (none) to 1 (full jitter)
 */
public record Backoff(Duration initial, Duration max, double multiplier, double jitter) {

    /**
     * Creates the value, checking every component.
     */
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max: " + initial + ", " + max);
        }
        if (multiplier < 1.0 || jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("backoff needs multiplier >= 1 and 0 <= jitter <= 1");
        }
    }

    /**
     * The un-jittered delay before attempt {@code attempt + 1}, i.e. after attempt {@code attempt} (1-based).
     *
     * @param attempt the attempt number, from 1
     * @return the un-jittered delay before attempt {@code attempt + 1}, i.e
     */
    public Duration ceiling(int attempt) {
        double nanos = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }

    /**
     * The delay after attempt {@code attempt}, within {@code [ceiling × (1 - jitter), ceiling]}.
     *
     * @param attempt the attempt number, from 1
     * @param random the source of jitter
     * @return the delay after attempt {@code attempt}, within {@code [ceiling × (1 - jitter), ceiling]}
     */
    public Duration delay(int attempt, RandomGenerator random) {
        Duration ceiling = ceiling(attempt);
        long cut = (long) (ceiling.toNanos() * jitter * random.nextDouble());
        return ceiling.minusNanos(cut);
    }
}
