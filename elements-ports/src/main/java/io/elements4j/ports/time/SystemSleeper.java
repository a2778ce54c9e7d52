package io.elements4j.ports.time;

import java.time.Duration;

/** {@link Sleeper#system()}: real sleeps, and real waits on a {@link Wakeup}. */
enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }

    @Override
    public boolean sleep(Duration duration, Wakeup wakeup) throws InterruptedException {
        return wakeup.await(duration);
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
