package io.elements4j.ports.api;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.vavr.control.Either;

/** Deletes elements. Deleting what is already gone succeeds with {@code ALREADY_ABSENT}. */
public interface ElementDeletionPort {

    /**
     * Deletes an element; {@code Unsupported} by default, for a vendor that cannot delete.
     *
     * @param id the element
     * @return deleted, or already absent
     */
    default Either<ElementsError, Deletion> delete(ElementId id) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.DELETE));
    }
}
