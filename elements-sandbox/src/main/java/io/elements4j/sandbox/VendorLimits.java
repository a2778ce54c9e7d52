package io.elements4j.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a simulator enforces, as a vendor's account does: a request rate and a number of tasks in processing at
 * once. A request over a limit is answered as the vendor answers it (Kling: HTTP 429 with code 1302 for the rate,
 * 1303 for parallel tasks; the others: 429 with a {@code Retry-After}) and changes nothing.
 *
 * <p>Time is the simulator's clock ({@link VendorSimulator#useClock}), so a test on virtual time sees the limits on
 * virtual time. A task holds one of the parallel slots for {@code taskDuration} after its create was accepted; while
 * it does, status polls show it still processing (the simulator's poll count toward completion does not advance).
 *
 * @param requestsPerSecond the most requests answered in any one second, 0 for no limit
 * @param parallelTasks     the most tasks in processing at once, 0 for no limit
 * @param taskDuration      how long each task is in processing (and holds its slot); zero for no hold
 */
public record VendorLimits(int requestsPerSecond, int parallelTasks, Duration taskDuration) {

    /** Which limit a request ran into. */
    public enum Kind {
        /** Too many requests in the last second. */
        RATE,
        /** Too many tasks in processing: the create is turned away. */
        PARALLEL
    }

    /**
     * Checks every component.
     *
     * @param requestsPerSecond the most requests in any one second, 0 for no limit
     * @param parallelTasks     the most tasks in processing at once, 0 for no limit
     * @param taskDuration      how long each task is in processing
     */
    public VendorLimits {
        Objects.requireNonNull(taskDuration, "taskDuration");
        if (requestsPerSecond < 0 || parallelTasks < 0 || taskDuration.isNegative()) {
            throw new IllegalArgumentException("limits must not be negative: " + requestsPerSecond + " requests/s, "
                    + parallelTasks + " parallel tasks, task duration " + taskDuration);
        }
    }

    /**
     * No limits: every request is answered (the default).
     *
     * @return no limits
     */
    public static VendorLimits none() {
        return new VendorLimits(0, 0, Duration.ZERO);
    }

    /**
     * A request rate and a parallel-task limit, each task in processing for {@code taskDuration}.
     *
     * @param requestsPerSecond the most requests in any one second, 0 for no limit
     * @param parallelTasks     the most tasks in processing at once, 0 for no limit
     * @param taskDuration      how long each task is in processing
     * @return these limits
     */
    public static VendorLimits of(int requestsPerSecond, int parallelTasks, Duration taskDuration) {
        return new VendorLimits(requestsPerSecond, parallelTasks, taskDuration);
    }
}
