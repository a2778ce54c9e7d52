package io.elements4j.ports.waiter;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.time.Sleeper;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Polls until an acceptor says success or failure, AWS-waiter style: backoff with jitter between polls, an
 * overall timeout and an attempt limit, retryable errors ridden out (honouring a vendor's {@code Retry-After}),
 * anything else ending the wait at once. Time comes from the injected {@link Clock} and {@link Sleeper}.
 *
 * <p>{@link #awaitAll} waits for many things on the calling thread alone: it keeps one schedule of when each is next
 * due and sleeps until the earliest, so a thousand pending tasks cost a thousand small records, not threads.
 */
public final class Waiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    /** Waiter. */
    public Waiter(Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** What to poll and how to judge it. */
    public record Target<K, T>(
            String description,
            Function<K, Either<ElementsError, T>> poll,
            Function<T, Acceptance> acceptor,
            Function<T, ElementsError> onFailure) {

        /** Creates the value, checking every component. */
        public Target {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(acceptor, "acceptor");
            Objects.requireNonNull(onFailure, "onFailure");
        }
    }

    /**
     * Waits for one thing.
     *
     * @param known a state already in hand (e.g. the task a submit returned): judged first, without a poll; when
     *              it is not terminal the first poll comes after the first backoff delay
     *
     * @param <K> the type of the key
     * @param <T> the type of the value
     * @param key the key
     * @param options how long and how often to wait
     * @param target the target
     * @return the await
     */
    public <K, T> Either<ElementsError, Awaited<T>> await(K key, Option<T> known, Target<K, T> target,
                                                         AwaitOptions options) {
        Seq<Either<ElementsError, Awaited<T>>> results = awaitAll(Array.of(key), k -> known, target, options);
        return results.head();
    }

    /**
     * Waits for many things at once, on this thread, and answers in the order of {@code keys}. Each has its own
     * attempts, backoff and timeout, counted from the start of this call.
     *
     * @param <K> the type of the key
     * @param <T> the type of the value
     * @param keys the keys
     * @param known the known
     * @param options how long and how often to wait
     * @param target the target
     * @return the await all
     */
    public <K, T> Seq<Either<ElementsError, Awaited<T>>> awaitAll(Seq<K> keys, Function<K, Option<T>> known,
                                                                 Target<K, T> target, AwaitOptions options) {
        Instant start = clock.instant();
        Instant deadline = start.plus(options.timeout());
        Object[] results = new Object[keys.size()];
        PriorityQueue<Pending<K>> schedule = new PriorityQueue<>();
        int index = 0;
        for (K key : keys) {
            Option<T> inHand = known.apply(key);
            Outcome<T> judged = inHand.isDefined()
                    ? judge(Either.right(inHand.get()), target, 0, start)
                    : Outcome.pollNow();
            if (judged.result != null) {
                results[index] = judged.result;
            } else {
                Duration first = inHand.isDefined() ? options.backoff().delay(1, random) : Duration.ZERO;
                schedule.add(new Pending<>(index, key, start.plus(first), 0));
            }
            index++;
        }
        while (!schedule.isEmpty()) {
            Pending<K> next = schedule.poll();
            if (!sleepUntil(next.due)) {
                results[next.index] = Either.left(interrupted(target, next.attempts));
                drainInterrupted(schedule, results, target);
                break;
            }
            int attempts = next.attempts + 1;
            Outcome<T> outcome = judge(target.poll.apply(next.key), target, attempts, start);
            if (outcome.result != null) {
                results[next.index] = outcome.result;
                continue;
            }
            Instant now = clock.instant();
            if (options.maxAttempts() > 0 && attempts >= options.maxAttempts()) {
                results[next.index] = Either.left(gaveUp(target, attempts, "after " + attempts + " attempts", now, start));
            } else if (!now.isBefore(deadline)) {
                results[next.index] = Either.left(gaveUp(target, attempts,
                        "within the " + human(options.timeout()) + " timeout", now, start));
            } else {
                Duration delay = max(options.backoff().delay(attempts, random), outcome.retryAfter);
                Instant due = now.plus(delay);
                // The last poll lands on the deadline rather than past it, so the timeout holds exactly.
                schedule.add(new Pending<>(next.index, next.key, due.isAfter(deadline) ? deadline : due, attempts));
            }
        }
        @SuppressWarnings("unchecked")
        Seq<Either<ElementsError, Awaited<T>>> ordered = Array.of(results).map(r -> (Either<ElementsError, Awaited<T>>) r);
        return ordered;
    }

    private <K, T> Outcome<T> judge(Either<ElementsError, T> polled, Target<K, T> target, int attempts, Instant start) {
        if (polled.isLeft()) {
            ElementsError error = polled.getLeft();
            if (!error.retryable()) {
                return Outcome.done(Either.left(error));
            }
            Duration retryAfter = error instanceof ElementsError.RateLimited limited
                    ? limited.retryAfter().getOrElse(Duration.ZERO) : Duration.ZERO;
            return Outcome.again(retryAfter);
        }
        T value = polled.get();
        Acceptance acceptance = Objects.requireNonNull(target.acceptor.apply(value), "acceptor answered null");
        return switch (acceptance) {
            case SUCCESS -> Outcome.done(Either.right(new Awaited<>(value, attempts,
                    Duration.between(start, clock.instant()))));
            case FAILURE -> Outcome.done(Either.left(target.onFailure.apply(value)));
            case RETRY -> Outcome.again(Duration.ZERO);
        };
    }

    private boolean sleepUntil(Instant due) {
        Duration wait = Duration.between(clock.instant(), due);
        if (wait.isNegative() || wait.isZero()) {
            return true;
        }
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <K, T> void drainInterrupted(PriorityQueue<Pending<K>> schedule, Object[] results, Target<K, T> target) {
        for (Pending<K> left = schedule.poll(); left != null; left = schedule.poll()) {
            results[left.index] = Either.left(interrupted(target, left.attempts));
        }
    }

    private static <K, T> ElementsError interrupted(Target<K, T> target, int attempts) {
        return new ElementsError.Timeout("stopped waiting for " + target.description + ": the thread was interrupted",
                attempts, Option.none());
    }

    private static <K, T> ElementsError gaveUp(Target<K, T> target, int attempts, String why, Instant now,
                                              Instant start) {
        return new ElementsError.Timeout(target.description + " did not finish " + why + " ("
                + attempts + (attempts == 1 ? " attempt, " : " attempts, ") + human(Duration.between(start, now))
                + " elapsed)", attempts, Option.none());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 120) {
            return d.toMillis() % 1000 == 0 ? seconds + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }

    private record Pending<K>(int index, K key, Instant due, int attempts) implements Comparable<Pending<K>> {
        @Override
        public int compareTo(Pending<K> other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Integer.compare(index, other.index);
        }
    }

    /** A judged poll: {@code result} when the wait for this key is over, else how long the vendor asked to wait. */
    private static final class Outcome<T> {
        private final Either<ElementsError, Awaited<T>> result;
        private final Duration retryAfter;

        private Outcome(Either<ElementsError, Awaited<T>> result, Duration retryAfter) {
            this.result = result;
            this.retryAfter = retryAfter;
        }

        static <T> Outcome<T> done(Either<ElementsError, Awaited<T>> result) {
            return new Outcome<>(result, Duration.ZERO);
        }

        static <T> Outcome<T> again(Duration retryAfter) {
            return new Outcome<>(null, retryAfter);
        }

        static <T> Outcome<T> pollNow() {
            return new Outcome<>(null, Duration.ZERO);
        }
    }
}
