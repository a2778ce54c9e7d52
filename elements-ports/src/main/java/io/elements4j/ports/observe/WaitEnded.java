package io.elements4j.ports.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * A wait for a task ended.
 *
 * @param provider the provider id
 * @param task     the task id waited for
 * @param outcome  {@value #SUCCESS}, {@value #CANCELLED}, or the error it ended with as its type name
 *                 ({@code TaskFailed}, {@code TaskStateUnknown}, …)
 * @param duration how long the wait took
 */
public record WaitEnded(String provider, String task, String outcome, Duration duration) {

    /** The outcome of a wait whose task succeeded. */
    public static final String SUCCESS = "success";

    /** The outcome of an asynchronous wait whose future was cancelled. */
    public static final String CANCELLED = "cancelled";

    /**
     * Checks that nothing is null.
     *
     * @param provider the provider id
     * @param task the task id waited for
     * @param outcome {@value #SUCCESS}, {@value #CANCELLED}, or the error it ended with as its type name
     * @param duration how long the wait took
     */
    public WaitEnded {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }
}
