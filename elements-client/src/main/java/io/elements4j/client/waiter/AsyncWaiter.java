package io.elements4j.client.waiter;

import io.elements4j.ports.time.Durations;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.time.Scheduler;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * {@link Waiter}'s waits, without a blocked thread: one {@link Scheduler} keeps when each wait is next due and hands
 * each poll to an {@link Executor}; the future of a wait completes when its thing ends. A thousand pending waits
 * cost a thousand entries in the scheduler's queue, and only as many threads as the executor has.
 *
 * <p>A failed poll means exactly what the table in {@link Waiter}'s class comment says ({@link Waiter#verdict}
 * decides, for both): only a definite answer ends a wait as a failure. Cancelling a wait's future stops its polling:
 * no poll is sent after the cancel, and one in flight is not followed by another.
 */
public final class AsyncWaiter {

    private final Clock clock;
    private final Scheduler scheduler;
    private final Executor executor;
    private final RandomGenerator random;
    private final AtomicInteger pending = new AtomicInteger();

    /**
     * A waiter on the given time and threads.
     *
     * @param clock     what "now" is
     * @param scheduler when each poll is due
     * @param executor  where polls run
     * @param random    the source of backoff jitter
     */
    public AsyncWaiter(Clock clock, Scheduler scheduler, Executor executor, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Starts waiting for one thing.
     *
     * @param key     what to wait for
     * @param known   a state already in hand, judged first without a poll (see {@link Waiter#await})
     * @param target  what to poll and how to judge it
     * @param options backoff, timeout and attempt limit
     * @param <K>     the key polled by
     * @param <T>     the state read
     * @return a future completed with the final state, or why the wait ended without one; cancel it to stop polling
     */
    public <K, T> CompletableFuture<Either<ElementsError, Awaited<T>>> await(K key, Option<T> known,
                                                                            Waiter.Target<K, T> target,
                                                                            AwaitOptions options) {
        Wait<K, T> wait = new Wait<>(key, target, options, clock.instant(), known);
        Pushes.Subscription subscription = target.pushes() == Pushes.<K, T>none() ? () -> { }
                : target.pushes().subscribe(key, wait::pushArrived);
        Option<T> inHand = target.pushes().latest(key).orElse(known);
        wait.lastKnown = inHand;
        pending.incrementAndGet();
        wait.future.whenComplete((value, thrown) -> {
            pending.decrementAndGet();
            wait.cancelScheduled();
            subscription.close();
        });
        if (inHand.isDefined()) {
            Either<ElementsError, Awaited<T>> done = wait.judged(inHand.get());
            if (done != null) {
                wait.future.complete(done);
                return wait.future;
            }
            wait.schedule(options.backoff().delay(1, random));
        } else {
            wait.schedule(Duration.ZERO);
        }
        return wait.future;
    }

    /**
     * How many waits have not ended yet.
     *
     * @return the number of pending waits
     */
    public int pending() {
        return pending.get();
    }

    /** One wait's state: touched by one poll at a time (each poll schedules the next), so plain fields suffice. */
    private final class Wait<K, T> {
        private final K key;
        private final Waiter.Target<K, T> target;
        private final AwaitOptions options;
        private final Instant start;
        private final Instant deadline;
        private final CompletableFuture<Either<ElementsError, Awaited<T>>> future = new CompletableFuture<>();
        private volatile Scheduler.Scheduled scheduled = () -> { };
        private volatile int attempts;
        private volatile Option<T> lastKnown;
        private volatile int persistentInARow;
        private volatile Option<ElementsError> lastError = Option.none();

        Wait(K key, Waiter.Target<K, T> target, AwaitOptions options, Instant start, Option<T> known) {
            this.key = key;
            this.target = target;
            this.options = options;
            this.start = start;
            this.deadline = start.plus(options.timeout());
            this.lastKnown = known;
        }

        void schedule(Duration delay) {
            if (future.isDone()) {
                return;
            }
            scheduled = scheduler.schedule(delay, () -> {
                if (!future.isDone()) {
                    try {
                        executor.execute(this::pollOnce);
                    } catch (RuntimeException rejected) {
                        future.complete(Either.left(unresolved("stopped: the executor refused the poll ("
                                + rejected.getClass().getSimpleName() + ")")));
                    }
                }
            });
            if (future.isDone()) {
                scheduled.cancel();
            }
        }

        void cancelScheduled() {
            scheduled.cancel();
        }

        /** A state was pushed: judge it on the executor, not on the thread that delivered it. */
        void pushArrived() {
            if (future.isDone()) {
                return;
            }
            try {
                executor.execute(this::takePush);
            } catch (RuntimeException rejected) {
                takePush();
            }
        }

        private void takePush() {
            if (future.isDone()) {
                return;
            }
            Option<T> delivered = target.pushes().latest(key);
            if (delivered.isEmpty()) {
                return;
            }
            lastKnown = delivered;
            persistentInARow = 0;
            Either<ElementsError, Awaited<T>> done = judged(delivered.get());
            if (done != null) {
                future.complete(done);
            }
        }

        private void pollOnce() {
            if (future.isDone()) {
                return;
            }
            try {
                step();
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }

        private void step() {
            Option<T> delivered = target.pushes().latest(key);
            if (delivered.isDefined() && !delivered.equals(lastKnown)) {
                // A callback came in while no one was looking: judge it instead of polling.
                lastKnown = delivered;
                Either<ElementsError, Awaited<T>> done = judged(delivered.get());
                if (done != null) {
                    future.complete(done);
                    return;
                }
            }
            attempts++;
            Either<ElementsError, T> answer = Objects.requireNonNull(target.poll().apply(key), "a poll answered null");
            Duration retryAfter = Duration.ZERO;
            if (answer.isRight()) {
                lastKnown = Option.some(answer.get());
                persistentInARow = 0;
                lastError = Option.none();
                Either<ElementsError, Awaited<T>> done = judged(answer.get());
                if (done != null) {
                    future.complete(done);
                    return;
                }
            } else {
                ElementsError error = answer.getLeft();
                lastError = Option.some(error);
                Waiter.Verdict verdict = Waiter.verdict(error);
                if (verdict == Waiter.Verdict.KEEP_WAITING_UNLESS_REPEATED) {
                    persistentInARow++;
                }
                if (verdict == Waiter.Verdict.END_UNRESOLVED || verdict == Waiter.Verdict.KEEP_WAITING_UNLESS_REPEATED
                        && persistentInARow >= Waiter.DEFINITE_AFTER) {
                    // Never seen in this wait (an id the caller gave): the vendor's answer is the answer.
                    future.complete(lastKnown.isEmpty() ? Either.left(error) : Either.left(unresolved(
                            verdict == Waiter.Verdict.END_UNRESOLVED ? "could not be polled"
                                    : "was answered with an error " + persistentInARow + " polls in a row")));
                    return;
                }
                if (error instanceof ElementsError.RateLimited limited) {
                    retryAfter = limited.retryAfter().getOrElse(Duration.ZERO);
                }
            }
            Instant now = clock.instant();
            if (options.maxAttempts() > 0 && attempts >= options.maxAttempts()) {
                future.complete(Either.left(unresolved("did not finish within " + attempts + " attempts")));
            } else if (!now.isBefore(deadline)) {
                future.complete(Either.left(unresolved("did not finish within the "
                        + Durations.human(options.timeout()) + " timeout")));
            } else {
                Duration delay = max(options.backoff().delay(attempts, random), retryAfter);
                Instant due = now.plus(delay);
                // The last poll lands on the deadline rather than past it, so the timeout holds exactly.
                schedule(Duration.between(now, due.isAfter(deadline) ? deadline : due));
            }
        }

        /** The end of the wait when {@code value} is terminal, else null (poll again). */
        Either<ElementsError, Awaited<T>> judged(T value) {
            Acceptance acceptance = Objects.requireNonNull(target.acceptor().apply(value), "acceptor answered null");
            return switch (acceptance) {
                case SUCCESS -> Either.right(new Awaited<>(value, attempts, Duration.between(start, clock.instant())));
                case FAILURE -> Either.left(target.onFailure().apply(value));
                case RETRY -> null;
            };
        }

        private ElementsError unresolved(String why) {
            Function<Waiter.Unresolved<K, T>, ElementsError> build = target.unresolved();
            return Objects.requireNonNull(build.apply(new Waiter.Unresolved<>(key, lastKnown, attempts,
                    Duration.between(start, clock.instant()), why, lastError)), "the target's unresolved error is null");
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
