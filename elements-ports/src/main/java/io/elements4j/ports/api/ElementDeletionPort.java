package io.elements4j.ports.api;

import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.vavr.control.Either;

/** Deletes elements. Deleting what is already gone succeeds with {@code ALREADY_ABSENT}. */
public interface ElementDeletionPort {

    /**
     * Delete.
     *
     * @param id the id
     * @return delete
     */
    Either<ElementsError, Deletion> delete(ElementId id);
}
