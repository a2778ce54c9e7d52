package io.elements4j.ports.observe;

import java.util.Objects;

/**
 * A wait for a task started.
 *
 * @param provider the provider id
 * @param task     the task id waited for
 */
public record WaitStarted(String provider, String task) {

    /**
     * Checks that nothing is null.
     *
     * @param provider the provider id
     * @param task the task id waited for
     */
    public WaitStarted {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(task, "task");
    }
}
