package io.elements4j.testkit;

import io.elements4j.ports.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A clock and a sleeper that share one virtual "now": sleeping moves the clock forward at once. For tests of
 * anything that waits — the library's own, the conformance suite's and host apps' — without real sleeps.
 */
public final class VirtualTime implements Sleeper {

    private final AtomicReference<Instant> now;
    private final LongAdder sleeps = new LongAdder();
    private final AtomicReference<Duration> slept = new AtomicReference<>(Duration.ZERO);

    private VirtualTime(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * A virtual time: starting at.
     *
     * @return A virtual time: starting at
     */
    public static VirtualTime startingAt(Instant start) {
        return new VirtualTime(start);
    }

    /**
     * The starting now.
     */
    public static VirtualTime startingNow() {
        return new VirtualTime(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /**
     * The now.
     */
    public Instant now() {
        return now.get();
    }

    /**
     * Moves time forward without counting a sleep.
     */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public void sleep(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot sleep a negative duration: " + duration);
        }
        sleeps.increment();
        slept.updateAndGet(d -> d.plus(duration));
        advance(duration);
    }

    /**
     * How many times something slept.
     *
     * @return how many times something slept
     */
    public long sleepCount() {
        return sleeps.sum();
    }

    /**
     * The total time slept.
     *
     * @return the total time slept
     */
    public Duration totalSlept() {
        return slept.get();
    }

    /**
     * The clock.
     */
    public Clock clock() {
        return new VirtualClock(ZoneOffset.UTC);
    }

    private final class VirtualClock extends Clock {
        private final ZoneId zone;

        private VirtualClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new VirtualClock(newZone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
