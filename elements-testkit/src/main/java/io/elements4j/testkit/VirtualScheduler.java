package io.elements4j.testkit;

import io.elements4j.ports.time.Scheduler;
import io.elements4j.ports.time.Sleeper;
import io.elements4j.ports.time.Wakeup;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A {@link Scheduler} on {@link VirtualTime}: nothing runs until a test calls {@link #runUntil}, which runs the
 * actions in the order they fall due and moves virtual time forward to each, so waits of minutes finish at once.
 * Thread-safe: actions may be scheduled from any thread (an executor's, say).
 */
public final class VirtualScheduler implements Scheduler {

    private final VirtualTime time;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final AtomicLong order = new AtomicLong();
    private boolean closed;

    /**
     * A scheduler whose "now" is {@code time}.
     *
     * @param time the virtual time it reads and moves forward
     */
    public VirtualScheduler(VirtualTime time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (closed) {
            return () -> {};
        }
        Instant due = time.now().plus(delay.isNegative() ? Duration.ZERO : delay);
        Entry entry = new Entry(due, order.incrementAndGet(), action);
        queue.add(entry);
        notifyAll();
        return () -> cancel(entry);
    }

    private synchronized void cancel(Entry entry) {
        queue.remove(entry);
    }

    /**
     * Runs due actions, earliest first, until {@code done} answers true. When nothing is scheduled yet (another
     * thread is still working on an action that will schedule the next), it waits for that thread — on a monitor,
     * not a sleep — at most {@code patience} in real time.
     *
     * @param done     when to stop
     * @param patience the longest real time to wait for the next action before giving up
     * @return how many actions ran
     * @throws IllegalStateException when nothing was scheduled within {@code patience} and {@code done} is false
     */
    public int runUntil(BooleanSupplier done, Duration patience) {
        int ran = 0;
        while (!done.getAsBoolean()) {
            Entry next;
            synchronized (this) {
                long deadline = System.nanoTime() + patience.toNanos();
                while (queue.isEmpty() && !done.getAsBoolean()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IllegalStateException(
                                "nothing was scheduled within " + patience + " and the condition is still false");
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the next action", e);
                    }
                }
                next = queue.poll();
            }
            if (next == null) {
                break;
            }
            Duration ahead = Duration.between(time.now(), next.due);
            if (!ahead.isNegative() && !ahead.isZero()) {
                time.advance(ahead);
            }
            next.action.run();
            ran++;
        }
        return ran;
    }

    /**
     * A {@link Sleeper} on this scheduler's virtual time for blocking code (the facade's synchronous waits): a sleep
     * runs, in order, every action that falls due before it ends — a simulated vendor's callback, say — moving time
     * forward to each, and ends early, right after such an action, when it raised the sleep's {@link Wakeup}.
     * Otherwise time moves to the sleep's end. Use it from one thread at a time.
     *
     * @return a sleeper that lets scheduled actions happen while it sleeps
     */
    public Sleeper sleeper() {
        return new Sleeper() {
            @Override
            public void sleep(Duration duration) {
                sleepOn(duration, null);
            }

            @Override
            public boolean sleep(Duration duration, Wakeup wakeup) {
                return sleepOn(duration, wakeup);
            }
        };
    }

    private boolean sleepOn(Duration duration, Wakeup wakeup) {
        Instant end = time.now().plus(duration.isNegative() ? Duration.ZERO : duration);
        while (wakeup == null || !wakeup.isSignalled()) {
            Entry next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due.isAfter(end)) {
                    break;
                }
                queue.poll();
            }
            Duration ahead = Duration.between(time.now(), next.due);
            if (!ahead.isNegative() && !ahead.isZero()) {
                time.advance(ahead);
            }
            next.action.run();
        }
        if (wakeup != null && wakeup.isSignalled()) {
            return true;
        }
        Duration rest = Duration.between(time.now(), end);
        if (!rest.isNegative() && !rest.isZero()) {
            time.sleep(rest);
        }
        return false;
    }

    /**
     * How many actions wait to run.
     *
     * @return the number scheduled and not yet run or cancelled
     */
    public synchronized int scheduled() {
        return queue.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        queue.clear();
    }

    private record Entry(Instant due, long order, Runnable action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }
}
