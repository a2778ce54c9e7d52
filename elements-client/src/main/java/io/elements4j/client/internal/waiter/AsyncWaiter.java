package io.elements4j.client.internal.waiter;

import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.time.Scheduler;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * {@link Waiter}'s waits, without a blocked thread: one {@link Scheduler} keeps when each wait is next due and hands
 * each poll to an {@link Executor}; the future of a wait completes when its thing ends. A thousand pending waits
 * cost a thousand entries in the scheduler's queue, and only as many threads as the executor has.
 *
 * <p>Each step is {@link WaitProgress}'s, the one {@link Waiter} drives on a blocking thread, so a failed poll means
 * exactly what the table in {@link Waiter}'s class comment says: only a definite answer ends a wait as a failure.
 * Cancelling a wait's future stops its polling: no poll is sent after the cancel, and one in flight is not followed
 * by another.
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
    public <K, T> CompletableFuture<Either<ElementsError, Awaited<T>>> await(
            K key, Option<T> known, Waiter.Target<K, T> target, AwaitOptions options) {
        return await(key, known, target, options, 0, 1);
    }

    /**
     * Starts one of {@code count} waits started together: its first poll is spread over the first backoff interval
     * as {@link Waiter#awaitAll} spreads them, and its timeout counts from now.
     *
     * @param key     what to wait for
     * @param known   a state already in hand, judged first without a poll
     * @param target  what to poll and how to judge it
     * @param options backoff, timeout and attempt limit
     * @param index   this wait's place among those started together, from 0
     * @param count   how many were started together
     * @param <K>     the key polled by
     * @param <T>     the state read
     * @return a future completed with the final state, or why the wait ended without one; cancel it to stop polling
     */
    public <K, T> CompletableFuture<Either<ElementsError, Awaited<T>>> await(
            K key, Option<T> known, Waiter.Target<K, T> target, AwaitOptions options, int index, int count) {
        Wait<K, T> wait = new Wait<>(new WaitProgress<>(key, target, options, clock, random, clock.instant()));
        Pushes.Subscription subscription = target.pushes() == Pushes.<K, T>none()
                ? () -> {}
                : target.pushes().subscribe(key, wait::pushArrived);
        pending.incrementAndGet();
        // Before the future completes, not in a callback after it: whoever sees the wait done (a join, isDone) must
        // not count it as pending any longer.
        wait.future.beforeEnd(() -> {
            pending.decrementAndGet();
            wait.cancelScheduled();
            subscription.close();
        });
        wait.follow(wait.progress.begin(target.pushes().latest(key).orElse(known), index, count));
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

    /** The scheduled driver of one wait: each step runs on the executor when the scheduler says it is due. */
    private final class Wait<K, T> {
        private final WaitProgress<K, T> progress;
        private final Ending<Either<ElementsError, Awaited<T>>> future = new Ending<>();
        private volatile Scheduler.Scheduled scheduled = () -> {};

        Wait(WaitProgress<K, T> progress) {
            this.progress = progress;
        }

        void follow(WaitProgress.Next<T> next) {
            if (next instanceof WaitProgress.Next.Ended<T> ended) {
                future.complete(ended.result());
            } else if (next instanceof WaitProgress.Next.PollAt<T> poll) {
                Duration delay = Duration.between(clock.instant(), poll.due());
                schedule(delay.isNegative() ? Duration.ZERO : delay);
            }
        }

        private void schedule(Duration delay) {
            if (future.isDone()) {
                return;
            }
            scheduled = scheduler.schedule(delay, () -> {
                if (!future.isDone()) {
                    try {
                        executor.execute(this::pollOnce);
                    } catch (RuntimeException rejected) {
                        future.complete(Either.left(progress.unresolved("stopped: the executor refused the poll ("
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
            if (!future.isDone()) {
                progress.pushed().forEach(future::complete);
            }
        }

        private void pollOnce() {
            if (future.isDone()) {
                return;
            }
            try {
                follow(progress.poll());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }
    }

    /**
     * A wait's future, which runs its clean-up once, just before it first completes by any path: a result, an
     * exception, a cancel or a timeout the caller set. A {@code whenComplete} action would run after the future is
     * seen done.
     */
    private static final class Ending<V> extends CompletableFuture<V> {
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile Runnable beforeEnd = () -> {};

        /** Set before the future is handed out, so no path can complete it first. */
        void beforeEnd(Runnable action) {
            beforeEnd = action;
        }

        @Override
        public boolean complete(V value) {
            end();
            return super.complete(value);
        }

        @Override
        public boolean completeExceptionally(Throwable thrown) {
            end();
            return super.completeExceptionally(thrown);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            end();
            return super.cancel(mayInterruptIfRunning);
        }

        private void end() {
            if (ended.compareAndSet(false, true)) {
                beforeEnd.run();
            }
        }
    }
}
