package io.elements4j.sandbox;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What goes wrong with a simulator's callbacks, drawn at random — the same seed, the same faults. Each callback is,
 * independently: <b>dropped</b> (never arrives, not even on a retry: what a host's safety-net poll is for),
 * <b>duplicated</b> (arrives twice), <b>tampered</b> (its first attempt arrives with a byte of the body changed after
 * signing; the vendor's retry brings the genuine one), <b>delayed</b> (arrives {@link #DELAY} late). A terminal
 * callback may also be <b>reordered</b>: the task's earlier, non-terminal callback arrives again after it. Armed with
 * {@link VendorSimulator#injectCallbackFaults}.
 *
 * @param drop      the share of callbacks never delivered, 0 to 1
 * @param duplicate the share delivered twice, 0 to 1
 * @param reorder   the share of terminal callbacks followed by a stale earlier one, 0 to 1
 * @param tamper    the share whose first attempt is altered, 0 to 1
 * @param delay     the share that arrive {@link #DELAY} late, 0 to 1
 * @param seed      the seed of the draws
 */
public record CallbackFaults(double drop, double duplicate, double reorder, double tamper, double delay, long seed) {

    /** How late a delayed callback arrives: later than a task takes, sooner than the safety net's 60 s poll. */
    public static final java.time.Duration DELAY = java.time.Duration.ofSeconds(45);

    /**
     * Checks every share is between 0 and 1.
     *
     * @param drop the drop share
     * @param duplicate the duplicate share
     * @param reorder the reorder share
     * @param tamper the tamper share
     * @param delay the delay share
     */
    public CallbackFaults {
        share("drop", drop);
        share("duplicate", duplicate);
        share("reorder", reorder);
        share("tamper", tamper);
        share("delay", delay);
    }

    /**
     * Faults without delays.
     *
     * @param drop      the share of callbacks never delivered, 0 to 1
     * @param duplicate the share delivered twice, 0 to 1
     * @param reorder   the share of terminal callbacks followed by a stale earlier one, 0 to 1
     * @param tamper    the share whose first attempt is altered, 0 to 1
     * @param seed      the seed of the draws
     */
    public CallbackFaults(double drop, double duplicate, double reorder, double tamper, long seed) {
        this(drop, duplicate, reorder, tamper, 0, seed);
    }

    /**
     * A share of callbacks faulted, evenly over three ways: dropped, duplicated, delayed.
     *
     * @param share the share of callbacks faulted, 0 to 1
     * @param seed  the seed of the draws
     * @return the faults
     */
    public static CallbackFaults droppedDuplicatedOrDelayed(double share, long seed) {
        share("share", share);
        return new CallbackFaults(share / 3, share / 3, 0, 0, share / 3, seed);
    }

    /**
     * No faults: every callback arrives once, in order.
     *
     * @return no faults
     */
    public static CallbackFaults none() {
        return new CallbackFaults(0, 0, 0, 0, 0, 0);
    }

    /**
     * Draws the fate of one callback.
     *
     * @param random the simulator's source, seeded with {@link #seed()}
     * @return what happens to it
     */
    public Fate draw(SplittableRandom random) {
        Objects.requireNonNull(random, "random");
        boolean dropped = random.nextDouble() < drop;
        boolean duplicated = random.nextDouble() < duplicate;
        boolean reordered = random.nextDouble() < reorder;
        boolean tampered = random.nextDouble() < tamper;
        // Drawn only when delays are armed, so a seed without them faults the same callbacks as before.
        return new Fate(dropped, duplicated, reordered, tampered, delay > 0 && random.nextDouble() < delay);
    }

    /**
     * What happens to one callback.
     *
     * @param dropped    never delivered
     * @param duplicated delivered twice
     * @param reordered  (terminal ones) followed by a stale earlier callback
     * @param tampered   its first attempt altered
     * @param delayed    it arrives {@link #DELAY} late
     */
    public record Fate(boolean dropped, boolean duplicated, boolean reordered, boolean tampered, boolean delayed) {}

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1: " + value);
        }
    }
}
