package io.elements4j.client.internal.bulk;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * How many creates may be in flight at once, found by trying: additive increase, multiplicative decrease (AIMD).
 *
 * <ul>
 *   <li>Until the vendor first turns a create away, every accepted create that was sent while the limit was in use
 *       raises the limit by one (slow start: the limit doubles per window of accepted creates, so a run reaches a
 *       vendor's 50 or 200 parallel tasks in a few windows, not hundreds). After that the increase is additive: each
 *       such create raises it by {@code step / limit}, {@code step} more slots per window, where the step starts
 *       at 1 after each cut and doubles with every window that passes without one, up to an eighth of the limit.
 *       At a limit of 10 that is plain AIMD; at 200 the limit regains the ground a cut gave up in a few windows
 *       rather than the 30 that one slot per window would take, so it stays near the vendor's limit on
 *       average.</li>
 *   <li>A create the vendor turned away as rate-limited (HTTP 429, Kling's 1302) multiplies the limit by
 *       the decrease factor (down to {@code min}) and pauses new starts for the vendor's {@code Retry-After}, or
 *       {@link #DEFAULT_PAUSE} when it gave none. Rejections of creates sent before the last decrease are the same
 *       overload seen late: they pause, but do not cut the limit again.</li>
 *   <li>A create turned away because the account's parallel tasks are all running (Kling's 1303, useapi's 429:
 *       {@link io.elements4j.domain.error.ElementsError.RateLimited.Limit#PARALLEL_TASKS}) is not overload but a
 *       measurement: with that many creates of this run in flight, the account is full. The limit becomes the
 *       creates in flight less the refused one ({@link #onParallelTasksFull}), rather than a fraction of itself,
 *       and the increase starts again from one slot per window.</li>
 * </ul>
 *
 * <p>So the limit saw-tooths just below the vendor's real limit (and sits at it, for a parallel-task limit), and
 * climbs again when the vendor's limit lifts.
 * Thread-safe; time is passed in, so tests run it on virtual time.
 */
public final class AdaptiveConcurrency {

    /** How long new starts pause after a rate-limited create whose answer named no {@code Retry-After}. */
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    /**
     * The default decrease factor. A vendor's rate or parallel-task limit is a hard cap, not congestion that
     * collapses: going over it costs one refused request. So the cut is gentler than TCP's (0.5, or CUBIC's 0.7):
     * the limit saw-tooths between 85 % and 100 % of the vendor's, about 92 % on average.
     */
    public static final double DEFAULT_DECREASE = 0.85;

    private final int min;
    private final int max;
    private final double decrease;
    private double limit;
    private Instant pausedUntil = Instant.MIN;
    private Instant lastDecrease = Instant.MIN;
    private int decreases;
    private boolean slowStart = true;
    private double step = 1;
    private int acceptedThisWindow;

    /**
     * A controller starting at {@code initial}, kept within {@code [min, max]}, with the default decrease factor.
     *
     * @param initial the first limit
     * @param min     the lowest the limit goes (at least 1)
     * @param max     the highest the limit goes
     */
    public AdaptiveConcurrency(int initial, int min, int max) {
        this(initial, min, max, DEFAULT_DECREASE);
    }

    /**
     * A controller starting at {@code initial}, kept within {@code [min, max]}.
     *
     * @param initial  the first limit
     * @param min      the lowest the limit goes (at least 1)
     * @param max      the highest the limit goes
     * @param decrease what the limit is multiplied by on a rate limit, in {@code (0, 1)}
     */
    public AdaptiveConcurrency(int initial, int min, int max, double decrease) {
        if (min < 1 || max < min || initial < min || initial > max) {
            throw new IllegalArgumentException(
                    "need 1 <= min <= initial <= max: min " + min + ", initial " + initial + ", max " + max);
        }
        if (!(decrease > 0 && decrease < 1)) {
            throw new IllegalArgumentException("the decrease factor must be between 0 and 1: " + decrease);
        }
        this.min = min;
        this.max = max;
        this.decrease = decrease;
        this.limit = initial;
    }

    /**
     * The creates that may be in flight now.
     *
     * @return the current limit, between {@code min} and {@code max}
     */
    public synchronized int limit() {
        return (int) Math.floor(limit);
    }

    /**
     * Whether one more create may start.
     *
     * @param inFlight the creates in flight now
     * @param now      the time now
     * @return true when {@code inFlight} is below the limit and no rate-limit pause is running
     */
    public synchronized boolean mayStart(int inFlight, Instant now) {
        return inFlight < limit() && !now.isBefore(pausedUntil);
    }

    /**
     * When the current rate-limit pause ends ({@link Instant#MIN} when none was ever asked for).
     *
     * @return the end of the pause
     */
    public synchronized Instant pausedUntil() {
        return pausedUntil;
    }

    /**
     * How many times the limit was cut.
     *
     * @return the number of decreases so far
     */
    public synchronized int decreases() {
        return decreases;
    }

    /**
     * A create was accepted; the limit grows if it was in use.
     *
     * @param inFlightWhenSent the creates in flight when this one was sent, itself included
     */
    public synchronized void onAccepted(int inFlightWhenSent) {
        if (inFlightWhenSent < limit()) {
            return;
        }
        if (slowStart) {
            limit = Math.min(max, limit + 1);
            return;
        }
        limit = Math.min(max, limit + step / limit);
        if (++acceptedThisWindow >= limit()) {
            acceptedThisWindow = 0;
            step = Math.min(step * 2, Math.max(1, limit / 8));
        }
    }

    /**
     * One attempt of a create was turned away as rate-limited and the adapter is sending it again itself: the limit
     * is cut as for {@link #onRateLimited}, but new starts pause only for a {@code Retry-After} the vendor named —
     * without one (a parallel-task limit such as Kling's 1303), the lower limit alone holds new starts back until
     * creates in flight end, which is when the vendor has room again.
     *
     * @param sentAt     when that create was sent
     * @param retryAfter the wait the vendor asked for, if it named one
     * @param now        the time now
     */
    public synchronized void onRetried(Instant sentAt, Option<Duration> retryAfter, Instant now) {
        cut(sentAt, now);
        retryAfter.filter(d -> !d.isNegative() && !d.isZero()).forEach(d -> pauseUntil(now.plus(d)));
    }

    /**
     * The vendor turned a create away as rate-limited.
     *
     * @param sentAt     when that create was sent
     * @param retryAfter the wait the vendor asked for, if it named one
     * @param now        the time now
     */
    public synchronized void onRateLimited(Instant sentAt, Option<Duration> retryAfter, Instant now) {
        cut(sentAt, now);
        pauseUntil(
                now.plus(retryAfter.filter(d -> !d.isNegative() && !d.isZero()).getOrElse(DEFAULT_PAUSE)));
    }

    /**
     * The vendor turned a create away because every task the account may run at once is running: the limit becomes
     * the creates in flight without the refused one — how many this run can have in flight while the account is
     * full — never above the limit now nor below {@code min}. New starts pause only for a {@code Retry-After} the
     * vendor named; without one, the lower limit alone holds them back until creates in flight end.
     *
     * @param inFlight   the creates in flight now, the refused one included
     * @param retryAfter the wait the vendor asked for, if it named one
     * @param now        the time now
     */
    public synchronized void onParallelTasksFull(int inFlight, Option<Duration> retryAfter, Instant now) {
        double full = Math.max(min, Math.min(limit, inFlight - 1));
        if (full < limit) {
            limit = full;
            lastDecrease = now;
            decreases++;
        }
        slowStart = false;
        step = 1;
        acceptedThisWindow = 0;
        retryAfter.filter(d -> !d.isNegative() && !d.isZero()).forEach(d -> pauseUntil(now.plus(d)));
    }

    private void cut(Instant sentAt, Instant now) {
        if (!sentAt.isBefore(lastDecrease)) {
            limit = Math.max(min, limit * decrease);
            lastDecrease = now;
            decreases++;
            slowStart = false;
            step = 1;
            acceptedThisWindow = 0;
        }
    }

    private void pauseUntil(Instant until) {
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }
}
