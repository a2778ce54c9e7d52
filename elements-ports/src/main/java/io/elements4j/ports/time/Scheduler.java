package io.elements4j.ports.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action after a delay, for asynchronous waits: one scheduler serves every pending wait, so a thousand
 * waits cost a thousand entries in its queue, not a thousand threads. Tests use {@code VirtualScheduler} (in the test kit).
 */
public interface Scheduler extends AutoCloseable {

    /**
     * Runs {@code action} once, after {@code delay}. The action must be quick (hand real work to an executor).
     *
     * @param delay  how long from now; zero or negative runs it as soon as possible
     * @param action what to run
     * @return a handle that cancels the action if it has not started
     */
    Scheduled schedule(Duration delay, Runnable action);

    /** Drops every action not yet run and stops the scheduler's thread, if it has one. Idempotent. */
    @Override
    void close();

    /** A scheduled action. */
    @FunctionalInterface
    interface Scheduled {

        /** Stops the action from running if it has not started; does nothing otherwise. */
        void cancel();
    }

    /**
     * The real thing: one daemon thread named {@code elements4j-wait-scheduler}, on real time.
     *
     * @return a new scheduler; close it when done
     */
    static Scheduler system() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("elements4j-wait-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return new Scheduler() {
            @Override
            public Scheduled schedule(Duration delay, Runnable action) {
                ScheduledFuture<?> f = timer.schedule(action, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public void close() {
                timer.shutdownNow();
            }
        };
    }
}
