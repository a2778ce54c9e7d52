package io.elements4j.benchmarks.waiting;

import io.elements4j.ports.time.Backoff;
import java.time.Duration;

/**
 * The fewest status polls the backoff schedule allows before a task that finishes at {@code done} (measured from
 * the start of the wait) is seen finished.
 *
 * <p>The waiter polls a task it holds no state for at once (t₁ = 0), and after poll {@code k} waits a delay in
 * {@code [ceiling(k) × (1 − jitter), ceiling(k)]}. The latest the n-th poll can come is therefore
 * Tₙ = ceiling(1) + … + ceiling(n − 1), the schedule with no jitter cut at all, and no schedule the backoff allows sees
 * the task done in fewer polls than the smallest n with Tₙ ≥ done. That n is this minimum; jitter can only add polls.
 */
public final class MinimumPolls {

    private final Backoff backoff;

    public MinimumPolls(Backoff backoff) {
        this.backoff = backoff;
    }

    /** Smallest n ≥ 1 with Tₙ ≥ done. */
    public int forTaskDoneAt(Duration done) {
        long doneNanos = done.toNanos();
        long t = 0;
        int n = 1;
        while (t < doneNanos) {
            t += backoff.ceiling(n).toNanos();
            n++;
        }
        return n;
    }

    /** When the poll that sees a task done at {@code done} comes, on the latest schedule: T of the minimum n. */
    public Duration noticedAt(Duration done) {
        int polls = forTaskDoneAt(done);
        long t = 0;
        for (int k = 1; k < polls; k++) {
            t += backoff.ceiling(k).toNanos();
        }
        return Duration.ofNanos(t);
    }
}
