package io.elements4j.ports.time;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A signal that ends a sleep early: a wait that can be completed by something other than its next poll (a vendor's
 * callback) sleeps on one, and whatever delivers the news calls {@link #signal()}. A signal given while nobody
 * sleeps is kept until {@link #clear()}, so news that arrives just before a sleep is not missed. Thread-safe.
 */
public final class Wakeup {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean raised;

    /** Raises the signal: a sleep on it ends now, or the next one ends at once. */
    public void signal() {
        lock.lock();
        try {
            raised = true;
            signalled.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the signal is raised.
     *
     * @return true from a {@link #signal()} until the next {@link #clear()}
     */
    public boolean isSignalled() {
        lock.lock();
        try {
            return raised;
        } finally {
            lock.unlock();
        }
    }

    /** Lowers the signal, once its news has been taken. */
    public void clear() {
        lock.lock();
        try {
            raised = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks in real time until the signal is raised or {@code duration} has passed: what {@link Sleeper#system()}
     * does for {@link Sleeper#sleep(Duration, Wakeup)}.
     *
     * @param duration the longest to wait
     * @return whether the signal is raised
     * @throws InterruptedException when the waiting thread is interrupted
     */
    boolean await(Duration duration) throws InterruptedException {
        long left = Math.max(0, duration.toNanos());
        lock.lock();
        try {
            while (!raised && left > 0) {
                left = signalled.awaitNanos(left);
            }
            return raised;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Wakeup[" + (isSignalled() ? "signalled" : "quiet") + "]";
    }
}
