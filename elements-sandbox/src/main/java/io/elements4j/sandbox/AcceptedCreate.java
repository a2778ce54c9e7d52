package io.elements4j.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A create the simulated vendor acted on: what a test compares the client's answers with, to count duplicates
 * (two accepted creates of one draft) and lost creates (an accepted create the caller was told definitely failed).
 *
 * @param name   the element name the create asked for (before any suffix the vendor appends)
 * @param taskId the id the client knows the creation by (useapi: the made elements' ids joined by commas)
 * @param at     when the vendor accepted it, on the simulator's clock
 */
public record AcceptedCreate(String name, String taskId, Instant at) {

    /**
     * Checks that nothing is null.
     */
    public AcceptedCreate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(at, "at");
    }
}
