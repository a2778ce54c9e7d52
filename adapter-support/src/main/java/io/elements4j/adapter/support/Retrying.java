package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.domain.error.ElementsError.Timeout;
import io.elements4j.ports.time.Deadline;
import io.elements4j.ports.time.Durations;
import io.elements4j.ports.time.Sleeper;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an attempt until it succeeds or the {@link RetryPolicy} says stop, waiting on the injected {@link Sleeper}
 * between attempts (tests use {@code VirtualTime} and never really sleep). An interrupt
 * ends the retries at once and keeps the thread's interrupt flag.
 *
 * <p>Every call honours a {@link Deadline} (its {@code call-timeout}): no attempt starts once it has passed, and no
 * retry is waited for that would end past it. Stopping for the deadline reports the last failure as it was
 * classified — an ambiguous create stays ambiguous — with a note saying the time ran out.
 */
public final class Retrying {

    private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);

    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public Retrying(RetryPolicy policy, Sleeper sleeper) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Runs the call with a deadline of its own: the one open on this thread, or none (no time limit) outside any.
     *
     * @param description names the call in log lines ({@code Kling CREATE}); must not hold a secret
     * @param attempt     sends the call once; every attempt must send the same request (mint idempotency keys
     *                    before calling this, never inside the attempt)
     */
    public <T> CallOutcome<T> execute(
            String description, CallKind call, Supplier<Either<ClassifiedFailure, T>> attempt) {
        return execute(description, call, Deadline.current(), attempt);
    }

    /**
     * @param description names the call in log lines ({@code Kling CREATE}); must not hold a secret
     * @param deadline    when the whole call, retries included, must be over
     * @param attempt     sends the call once; every attempt must send the same request (mint idempotency keys
     *                    before calling this, never inside the attempt)
     */
    public <T> CallOutcome<T> execute(
            String description,
            CallKind call,
            Option<Deadline> deadline,
            Supplier<Either<ClassifiedFailure, T>> attempt) {
        return execute(description, call, deadline, attempt, (failedAttempt, failure, delay) -> {});
    }

    /** Told of each attempt that failed and will be sent again, before the wait for it. */
    @FunctionalInterface
    public interface RetryObserver {

        /**
         * @param attempt the attempt that failed, from 1
         * @param failure what it answered
         * @param delay   how long until the next attempt
         */
        void retrying(int attempt, ClassifiedFailure failure, Duration delay);
    }

    /**
     * {@link #execute(String, CallKind, Option, Supplier)}, telling {@code onRetry} of each retry.
     *
     * @param onRetry told of each attempt that failed and will be sent again
     */
    public <T> CallOutcome<T> execute(
            String description,
            CallKind call,
            Option<Deadline> deadline,
            Supplier<Either<ClassifiedFailure, T>> attempt,
            RetryObserver onRetry) {
        Objects.requireNonNull(onRetry, "onRetry");
        int attempts = 0;
        while (true) {
            if (deadline.exists(Deadline::expired)) {
                return new CallOutcome<>(
                        Either.left(new Timeout(
                                description + " " + call + " was not sent: its "
                                        + Durations.human(deadline.get().budget()) + " call-timeout had passed",
                                attempts,
                                Option.none())),
                        attempts);
            }
            attempts++;
            Either<ClassifiedFailure, T> result = Objects.requireNonNull(attempt.get(), "an attempt returned null");
            if (result.isRight()) {
                return new CallOutcome<>(Either.right(result.get()), attempts);
            }
            ClassifiedFailure failed = result.getLeft();
            Option<Duration> delay = Thread.currentThread().isInterrupted()
                    ? Option.none()
                    : policy.delayBeforeRetry(call, failed, attempts);
            if (delay.isEmpty()) {
                return new CallOutcome<>(Either.left(gaveUp(failed.error(), attempts, "")), attempts);
            }
            if (deadline.isDefined() && !deadline.get().allows(delay.get())) {
                return new CallOutcome<>(
                        Either.left(gaveUp(
                                failed.error(),
                                attempts,
                                "; its " + Durations.human(deadline.get().budget())
                                        + " call-timeout leaves no time to try again")),
                        attempts);
            }
            LOG.debug(
                    "{} {} failed ({}); retrying in {} (attempt {} of at most {})",
                    description,
                    call,
                    failed.error().message(),
                    human(delay.get()),
                    attempts + 1,
                    policy.maxRetries() + 1);
            onRetry.retrying(attempts, failed, delay.get());
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CallOutcome<>(Either.left(gaveUp(failed.error(), attempts, "")), attempts);
            }
        }
    }

    /** The last error, saying how many attempts were made when there was more than one, and why it stopped. */
    private static ElementsError gaveUp(ElementsError error, int attempts, String why) {
        if (attempts == 1 && why.isEmpty()) {
            return error;
        }
        String note = (attempts == 1 ? "" : "; gave up after " + attempts + " attempts") + why;
        if (error instanceof ProviderFailure p) {
            return p.withNote(note);
        }
        if (error instanceof RateLimited r) {
            return new RateLimited(r.message() + note, r.retryAfter(), r.vendorCode(), r.requestId(), r.limit());
        }
        if (error instanceof Timeout t) {
            return new Timeout(t.message() + note, t.attempts(), t.requestId());
        }
        return error;
    }

    private static String human(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
