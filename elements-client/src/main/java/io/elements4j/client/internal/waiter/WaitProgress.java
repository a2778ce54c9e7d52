package io.elements4j.client.internal.waiter;

import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.time.Durations;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One wait's progress, and the step both drivers repeat: {@link Waiter} runs it for many waits on the calling
 * thread, {@link AsyncWaiter} on a scheduler and an executor. A step judges a state pushed since the last one,
 * polls once, reads a failed poll by {@link Waiter#verdict} (the table in {@link Waiter}'s class comment), counts
 * the attempt and holds the deadline; what the drivers add is only when the next step runs.
 *
 * <p>The scheduled driver may judge a push on one thread while a poll runs on another, so the fields are volatile;
 * steps themselves never overlap (each schedules the next).
 *
 * @param <K> the key polled by
 * @param <T> the state read
 */
final class WaitProgress<K, T> {

    /** What a step decided: the wait is over, or it polls again. */
    sealed interface Next<T> {

        /** The wait is over with this answer. */
        record Ended<T>(Either<ElementsError, Awaited<T>> result) implements Next<T> {}

        /** The next poll is due at this instant (never past the deadline). */
        record PollAt<T>(Instant due) implements Next<T> {}
    }

    private final K key;
    private final Waiter.Target<K, T> target;
    private final AwaitOptions options;
    private final Clock clock;
    private final RandomGenerator random;
    private final Instant start;
    private final Instant deadline;
    private volatile int attempts;
    private volatile Option<T> lastKnown = Option.none();
    private volatile int errorsInARow;
    private volatile Option<ElementsError> lastError = Option.none();

    WaitProgress(
            K key,
            Waiter.Target<K, T> target,
            AwaitOptions options,
            Clock clock,
            RandomGenerator random,
            Instant start) {
        this.key = key;
        this.target = target;
        this.options = options;
        this.clock = clock;
        this.random = random;
        this.start = start;
        this.deadline = start.plus(options.timeout());
    }

    K key() {
        return key;
    }

    /**
     * The wait's start. A state in hand is judged without a poll; when it is not terminal the first poll comes after
     * the first backoff delay. Without one, the first polls of {@code count} waits started together are spread
     * evenly over the first backoff interval (the {@code index}-th at {@code index / count} of it), so waiting for
     * many tasks does not send every first poll at the same instant; a single wait polls at once.
     */
    Next<T> begin(Option<T> inHand, int index, int count) {
        if (inHand.isEmpty()) {
            Duration first = index == 0
                    ? Duration.ZERO
                    : options.backoff().initial().multipliedBy(index).dividedBy(count);
            return new Next.PollAt<>(start.plus(first));
        }
        Option<Either<ElementsError, Awaited<T>>> done = read(inHand.get());
        return done.isDefined()
                ? new Next.Ended<>(done.get())
                : new Next.PollAt<>(start.plus(options.backoff().delay(1, random)));
    }

    /** A state was pushed: judged at once. The answer when it ends the wait; otherwise the next poll stays due. */
    Option<Either<ElementsError, Awaited<T>>> pushed() {
        return target.pushes().latest(key).flatMap(this::read);
    }

    /** One step: a state pushed while no one was looking, else one poll and what it means. */
    Next<T> poll() {
        Option<T> delivered = target.pushes().latest(key);
        if (delivered.isDefined() && !delivered.equals(lastKnown)) {
            Option<Either<ElementsError, Awaited<T>>> done = read(delivered.get());
            if (done.isDefined()) {
                return new Next.Ended<>(done.get());
            }
        }
        attempts++;
        Either<ElementsError, T> answer = Objects.requireNonNull(target.poll().apply(key), "a poll answered null");
        Duration retryAfter = Duration.ZERO;
        if (answer.isRight()) {
            lastError = Option.none();
            Option<Either<ElementsError, Awaited<T>>> done = read(answer.get());
            if (done.isDefined()) {
                return new Next.Ended<>(done.get());
            }
        } else {
            ElementsError error = answer.getLeft();
            lastError = Option.some(error);
            Waiter.Verdict verdict = Waiter.verdict(error);
            if (verdict == Waiter.Verdict.KEEP_WAITING_UNLESS_REPEATED) {
                errorsInARow++;
            }
            if (verdict == Waiter.Verdict.END_UNRESOLVED
                    || verdict == Waiter.Verdict.KEEP_WAITING_UNLESS_REPEATED
                            && errorsInARow >= Waiter.DEFINITE_AFTER) {
                // Never seen in this wait (an id the caller gave): the vendor's answer is the answer.
                return new Next.Ended<>(Either.left(
                        lastKnown.isEmpty()
                                ? error
                                : unresolved(
                                        verdict == Waiter.Verdict.END_UNRESOLVED
                                                ? "could not be polled"
                                                : "was answered with an error " + errorsInARow + " polls in a row")));
            }
            if (error instanceof ElementsError.RateLimited limited) {
                retryAfter = limited.retryAfter().getOrElse(Duration.ZERO);
            }
        }
        return next(retryAfter);
    }

    /** After a poll that did not end the wait: the attempt limit, the deadline, or the next poll's time. */
    private Next<T> next(Duration retryAfter) {
        Instant now = clock.instant();
        if (options.maxAttempts() > 0 && attempts >= options.maxAttempts()) {
            return new Next.Ended<>(Either.left(unresolved("did not finish within " + attempts + " attempts")));
        }
        if (!now.isBefore(deadline)) {
            return new Next.Ended<>(Either.left(
                    unresolved("did not finish within the " + Durations.human(options.timeout()) + " timeout")));
        }
        Duration backoff = options.backoff().delay(attempts, random);
        Instant due = now.plus(backoff.compareTo(retryAfter) >= 0 ? backoff : retryAfter);
        // The last poll lands on the deadline rather than past it, so the timeout holds exactly.
        return new Next.PollAt<>(due.isAfter(deadline) ? deadline : due);
    }

    /** A state read (polled or pushed): kept as the last known, and the end of the wait when it is terminal. */
    private Option<Either<ElementsError, Awaited<T>>> read(T value) {
        lastKnown = Option.some(value);
        errorsInARow = 0;
        Acceptance acceptance = Objects.requireNonNull(target.acceptor().apply(value), "acceptor answered null");
        return switch (acceptance) {
            case SUCCESS ->
                Option.some(Either.right(new Awaited<>(value, attempts, Duration.between(start, clock.instant()))));
            case FAILURE -> Option.some(Either.left(target.onFailure().apply(value)));
            case RETRY -> Option.none();
        };
    }

    /** The wait's end without a definite answer, as the target words it. */
    ElementsError unresolved(String why) {
        return Objects.requireNonNull(
                target.unresolved()
                        .apply(new Waiter.Unresolved<>(
                                key, lastKnown, attempts, Duration.between(start, clock.instant()), why, lastError)),
                "the target's unresolved error is null");
    }
}
