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
     * The real thing: {@link Thread#sleep(long)}.
     *
     * @return the real thing: {@link Thread#sleep(long)}
     */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
