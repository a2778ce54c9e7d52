package io.elements4j.sandbox;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What goes wrong with a simulator's callbacks, drawn at random — the same seed, the same faults. Each callback is,
 * independently: <b>dropped</b> (never arrives, not even on a retry: what a host's safety-net poll is for),
 * <b>duplicated</b> (arrives twice), <b>tampered</b> (its first attempt arrives with a byte of the body changed after
 * signing; the vendor's retry brings the genuine one). A terminal callback may also be <b>reordered</b>: the task's
 * earlier, non-terminal callback arrives again after it. Armed with {@link VendorSimulator#injectCallbackFaults}.
 *
 * @param drop      the share of callbacks never delivered, 0 to 1
 * @param duplicate the share delivered twice, 0 to 1
 * @param reorder   the share of terminal callbacks followed by a stale earlier one, 0 to 1
 * @param tamper    the share whose first attempt is altered, 0 to 1
 * @param seed      the seed of the draws
 */
public record CallbackFaults(double drop, double duplicate, double reorder, double tamper, long seed) {

    /**
     * Checks every share is between 0 and 1.
     *
     * @param drop the drop share
     * @param duplicate the duplicate share
     * @param reorder the reorder share
     * @param tamper the tamper share
     */
    public CallbackFaults {
        share("drop", drop);
        share("duplicate", duplicate);
        share("reorder", reorder);
        share("tamper", tamper);
    }

    /**
     * No faults: every callback arrives once, in order.
     *
     * @return no faults
     */
    public static CallbackFaults none() {
        return new CallbackFaults(0, 0, 0, 0, 0);
    }

    /**
     * Draws the fate of one callback.
     *
     * @param random the simulator's source, seeded with {@link #seed()}
     * @return what happens to it
     */
    public Fate draw(SplittableRandom random) {
        Objects.requireNonNull(random, "random");
        return new Fate(
                random.nextDouble() < drop,
                random.nextDouble() < duplicate,
                random.nextDouble() < reorder,
                random.nextDouble() < tamper);
    }

    /**
     * What happens to one callback.
     *
     * @param dropped    never delivered
     * @param duplicated delivered twice
     * @param reordered  (terminal ones) followed by a stale earlier callback
     * @param tampered   its first attempt altered
     */
    public record Fate(boolean dropped, boolean duplicated, boolean reordered, boolean tampered) {}

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1: " + value);
        }
    }
}
