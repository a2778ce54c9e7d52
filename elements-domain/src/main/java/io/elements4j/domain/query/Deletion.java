package io.elements4j.domain.query;

import io.elements4j.domain.element.ElementId;
import java.util.Objects;

/** The outcome of a delete: deleting what is already gone is a success, so delete is idempotent. */
public record Deletion(ElementId id, Outcome outcome) {

    /** What a delete found. */
    public enum Outcome {
        /** The element existed and was deleted. */
        DELETED,
        /** ALREADY ABSENT. */
        ALREADY_ABSENT
    }

    /**
     * Creates the value, checking every component.
     */
    public Deletion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The element existed and was deleted.
     *
     * @return the outcome
     */
    public static Deletion deleted(ElementId id) {
        return new Deletion(id, Outcome.DELETED);
    }

    /**
     * There was nothing to delete.
     *
     * @return the outcome
     */
    public static Deletion alreadyAbsent(ElementId id) {
        return new Deletion(id, Outcome.ALREADY_ABSENT);
    }
}
