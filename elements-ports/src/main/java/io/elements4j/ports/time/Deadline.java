package io.elements4j.ports.time;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The instant by which one whole operation must be over, read on an injected {@link Clock}: the
 * {@code call-timeout} of a call, its retries, {@code Retry-After} waits and any recovery included.
 *
 * <p>The facade opens a deadline around every operation with {@link #within}; everything the operation does on that
 * thread — each request's timeouts, each retry's sleep, an adapter's recovery loop — reads it with
 * {@link #current()} and stops in time. Code that runs outside any operation (a provider's client used directly)
 * opens its own. A nested {@link #within} never extends the deadline already open: the earlier one wins.
 */
public final class Deadline {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final Instant at;
    private final Duration budget;
    private final Clock clock;

    private Deadline(Instant at, Duration budget, Clock clock) {
        this.at = at;
        this.budget = budget;
        this.clock = clock;
    }

    /**
     * The deadline {@code budget} from now on {@code clock}.
     *
     * @param budget how long the operation may take; positive
     * @param clock  the clock every check reads
     * @return the deadline
     */
    public static Deadline after(Duration budget, Clock clock) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(clock, "clock");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a deadline's budget must be positive: " + budget);
        }
        return new Deadline(clock.instant().plus(budget), budget, clock);
    }

    /**
     * The deadline of the operation running on this thread, if one is open.
     *
     * @return the open deadline, or none outside any operation
     */
    public static Option<Deadline> current() {
        return Option.of(CURRENT.get());
    }

    /**
     * The open deadline, or a new one {@code budget} from now when none is open.
     *
     * @param budget the budget of a new deadline
     * @param clock  the clock of a new deadline
     * @return the deadline to honour
     */
    public static Deadline currentOr(Duration budget, Clock clock) {
        Deadline open = CURRENT.get();
        return open != null ? open : after(budget, clock);
    }

    /**
     * Runs {@code operation} with this deadline open on the current thread (or the one already open, if it ends
     * sooner), and closes it afterwards.
     *
     * @param operation the work to bound
     * @param <T>       what it returns
     * @return what {@code operation} returned
     */
    public <T> T within(Supplier<T> operation) {
        Deadline outer = CURRENT.get();
        if (outer != null && !outer.at.isAfter(at)) {
            return operation.get();
        }
        CURRENT.set(this);
        try {
            return operation.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * When the operation must be over.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * The budget the deadline was opened with, for messages ("the 2 min call-timeout").
     */
    public Duration budget() {
        return budget;
    }

    /**
     * The time left; zero once the deadline has passed.
     *
     * @return the time left, never negative
     */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Whether the deadline has passed.
     *
     * @return true once no time is left
     */
    public boolean expired() {
        return remaining().isZero();
    }

    /**
     * Whether waiting {@code delay} and then doing anything at all would still end in time.
     *
     * @param delay the wait in question
     * @return true when {@code delay} is shorter than the time left
     */
    public boolean allows(Duration delay) {
        return delay.compareTo(remaining()) < 0;
    }

    @Override
    public String toString() {
        return "Deadline[" + at + ", budget " + budget + "]";
    }
}
