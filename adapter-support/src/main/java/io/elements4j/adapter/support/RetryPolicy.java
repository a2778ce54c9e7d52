package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.time.Backoff;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Decides, once per failed attempt, whether to send a call again and after how long. The decision reads only the
 * classified error and how far the call got. The whole table, error kind × call kind:
 *
 * <table>
 *   <caption>What a failed attempt leads to</caption>
 *   <tr><th>the attempt</th><th>READ (get, list, poll, lookup)</th><th>DELETE</th><th>CREATE</th></tr>
 *   <tr><td>never reached the vendor (refused, DNS, TLS, connect timeout)</td><td>retry</td><td>retry</td>
 *       <td>retry: nothing was sent</td></tr>
 *   <tr><td>429, or a rate-limit code</td><td>retry after {@code Retry-After}</td><td>retry after it</td>
 *       <td>retry after it: the vendor turned it away</td></tr>
 *   <tr><td>503 (or 408)</td><td>retry</td><td>retry</td><td>retry: turned away before acting</td></tr>
 *   <tr><td>500, 502, 504 and other 5xx</td><td>retry</td><td>retry</td>
 *       <td>stop, ambiguous: the vendor may have acted</td></tr>
 *   <tr><td>connection broken after sending, read timeout</td><td>retry</td><td>retry</td>
 *       <td>stop, ambiguous</td></tr>
 *   <tr><td>2xx that cannot be read (malformed, cut short, missing fields, an unknown status, an id of the wrong
 *       shape)</td><td>retry</td><td>retry</td><td>stop, ambiguous: the vendor has probably acted</td></tr>
 *   <tr><td>a definite refusal (400, 401, 402, 403, 404, 409, policy)</td><td>stop</td><td>stop</td>
 *       <td>stop</td></tr>
 *   <tr><td>a wait asked for longer than {@link #maxRetryAfter()}, no retries left, or the call's deadline
 *       would pass during the wait</td><td>stop</td><td>stop</td><td>stop</td></tr>
 * </table>
 *
 * <p>What "stop, ambiguous" leads to is the adapter's recovery (Kling looks the task up by its key, useapi in its
 * listing) or, where the vendor offers none, an ambiguous answer the caller must look into. What a failed
 * <em>poll</em> means for a wait is the {@code Waiter}'s table, one level up.
 *
 * <p>Waits grow exponentially with jitter ({@link Backoff}, default 1 s doubling to 20 s with 20 % jitter — Kling
 * advises at least 1 s) and are never shorter than the vendor's {@code Retry-After}. A vendor asking for more than
 * {@link #maxRetryAfter()} (default 60 s) is not retried at all: the caller gets the {@code RateLimited} error,
 * which carries the wait, rather than a call that blocks for minutes. Immutable and thread-safe.
 */
public final class RetryPolicy {

    public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), 2.0, 0.2);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final int maxRetries;
    private final Backoff backoff;
    private final Duration maxRetryAfter;
    private final RandomGenerator random;

    private RetryPolicy(int maxRetries, Backoff backoff, Duration maxRetryAfter, RandomGenerator random) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be at least 0: " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** {@code max-retries} from the configuration (default 2) with the default backoff. */
    public static RetryPolicy from(ProviderConfig config) {
        return retries(config.maxRetries());
    }

    public static RetryPolicy retries(int maxRetries) {
        // java.util.Random is safe to share between threads, unlike SplittableRandom.
        return new RetryPolicy(maxRetries, DEFAULT_BACKOFF, DEFAULT_MAX_RETRY_AFTER, new Random());
    }

    public RetryPolicy withBackoff(Backoff value) {
        return new RetryPolicy(maxRetries, value, maxRetryAfter, random);
    }

    public RetryPolicy withMaxRetryAfter(Duration value) {
        return new RetryPolicy(maxRetries, backoff, value, random);
    }

    /** The source of jitter; a seeded one makes delays repeatable in tests. It must be thread-safe if shared. */
    public RetryPolicy withRandom(RandomGenerator value) {
        return new RetryPolicy(maxRetries, backoff, maxRetryAfter, value);
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Backoff backoff() {
        return backoff;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** The source of jitter this policy draws from. */
    public RandomGenerator random() {
        return random;
    }

    /**
     * How long to wait before sending the call again, or none to stop.
     *
     * @param attemptsMade requests sent so far, including the one that just failed
     */
    public Option<Duration> delayBeforeRetry(CallKind call, ClassifiedFailure failed, int attemptsMade) {
        if (attemptsMade > maxRetries || !safeToRetry(call, failed)) {
            return Option.none();
        }
        Duration asked = vendorAskedToWait(failed);
        if (asked.compareTo(maxRetryAfter) > 0) {
            return Option.none();
        }
        Duration backedOff = backoff.delay(attemptsMade, random);
        return Option.of(backedOff.compareTo(asked) >= 0 ? backedOff : asked);
    }

    /** Whether sending the call again could not do harm and might help, regardless of how many tries are left. */
    public boolean safeToRetry(CallKind call, ClassifiedFailure failed) {
        ElementsError error = failed.error();
        if (!error.retryable() || error instanceof ProviderFailure p && p.ambiguous()) {
            return false;
        }
        return call.idempotent() || provenNotAccepted(failed);
    }

    private static boolean provenNotAccepted(ClassifiedFailure failed) {
        HttpFailure failure = failed.failure();
        return switch (failure.kind()) {
            case CONNECT_FAILED -> true;
            case RESPONSE ->
                failed.error() instanceof RateLimited || failure.status() == 429 || failure.status() == 503;
            case IO_AFTER_SEND, MALFORMED_BODY -> false;
        };
    }

    private static Duration vendorAskedToWait(ClassifiedFailure failed) {
        Option<Duration> fromError =
                failed.error() instanceof RateLimited limited ? limited.retryAfter() : Option.none();
        return fromError.orElse(failed.failure().retryAfter()).getOrElse(Duration.ZERO);
    }
}
