package io.elements4j.domain.task;

import java.util.Objects;

/** A vendor's id for an element-creation task (a task id, a job id or a queue request id, as the vendor names it). */
public record CreationTaskId(String value) {

    /**
     * Creates the value, checking every component.
     */
    public CreationTaskId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a task id must not be blank");
        }
    }

    /**
     * The creation task id of the given parts.
     *
     * @return the creation task id of the given parts
     */
    public static CreationTaskId of(String value) {
        return new CreationTaskId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
