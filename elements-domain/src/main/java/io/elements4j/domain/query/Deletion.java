package io.elements4j.domain.query;

import io.elements4j.domain.element.ElementId;
import java.util.Objects;

/** The outcome of a delete: deleting what is already gone is a success, so delete is idempotent. */
public record Deletion(ElementId id, Outcome outcome) {

    public enum Outcome {
        DELETED,
        ALREADY_ABSENT
    }

    public Deletion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Deletion deleted(ElementId id) {
        return new Deletion(id, Outcome.DELETED);
    }

    public static Deletion alreadyAbsent(ElementId id) {
        return new Deletion(id, Outcome.ALREADY_ABSENT);
    }
}
