package io.elements4j.ports.time;

import java.time.Duration;

/** Waits. Injected wherever the library waits, so tests run on virtual time and never really sleep. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time (on virtual time in tests, at once).
     *
     * @param duration how long to wait
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Waits for the given time, or less when {@code wakeup} is signalled first. The default sleeps the whole time
     * unless the signal is already raised (right for virtual time, where nothing happens during a sleep);
     * {@link #system()} wakes as soon as the signal comes.
     *
     * @param duration how long to wait at the most
     * @param wakeup   the signal that ends the wait early
     * @return whether the signal is raised
     * @throws InterruptedException when the waiting thread is interrupted
     */
    default boolean sleep(Duration duration, Wakeup wakeup) throws InterruptedException {
        if (!wakeup.isSignalled()) {
            sleep(duration);
        }
        return wakeup.isSignalled();
    }

    /**
     * The real thing: {@link Thread#sleep(long)}, and a real wait on the signal for
     * {@link #sleep(Duration, Wakeup)}.
     *
     * @return the real thing
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
