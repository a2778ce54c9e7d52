package io.elements4j.cli;

import io.elements4j.ports.time.Scheduler;
import io.elements4j.ports.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} on the context's own clock and sleeper, for a CLI given both (the tests' virtual time): one
 * daemon thread sleeps until the earliest action is due and runs it, so asynchronous waits ({@code create --from})
 * follow the same time as everything else. Production uses {@link Scheduler#system()}.
 */
final class SleeperScheduler implements Scheduler {

    private record Item(Instant due, long order, Runnable action, boolean[] cancelled) implements Comparable<Item> {
        @Override
        public int compareTo(Item other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final PriorityQueue<Item> queue = new PriorityQueue<>();
    private long order;
    private boolean closed;
    private Thread thread;

    SleeperScheduler(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        if (closed) {
            return () -> {};
        }
        queue.add(
                new Item(clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay), order++, action, cancelled));
        if (thread == null) {
            thread = new Thread(this::loop, "elements4j-cli-scheduler");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
        return () -> {
            synchronized (this) {
                cancelled[0] = true;
            }
        };
    }

    private void loop() {
        while (true) {
            Item next;
            Duration wait;
            synchronized (this) {
                while (!closed && queue.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = queue.peek();
                wait = Duration.between(clock.instant(), next.due());
                if ((wait.isNegative() || wait.isZero())) {
                    queue.poll();
                    if (next.cancelled()[0]) {
                        continue;
                    }
                }
            }
            if (!wait.isNegative() && !wait.isZero()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            try {
                next.action().run();
            } catch (RuntimeException e) {
                // An action's failure is its own; the other actions still run.
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        queue.clear();
        notifyAll();
    }
}
