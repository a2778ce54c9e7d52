package io.elements4j.ports.api;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.voice.Voice;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Finds and lists elements, and reads the tag and voice catalogues. */
public interface ElementQueryPort {

    /**
     * The element with this id, or none when it does not exist.
     *
     * @param id the id
     * @return the element with this id, or none when it does not exist
     */
    Either<ElementsError, Option<Element>> find(ElementId id);

    /**
     * One page of the account's own elements.
     *
     * @param filter the filter
     * @param page the page number, from 1
     * @return one page of the account's own elements
     */
    Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page);

    /**
     * One page of the vendor's preset (official) elements.
     *
     * @param page the page number, from 1
     * @return one page of the vendor's preset (official) elements
     */
    Either<ElementsError, Page<Element>> presets(PageRequest page);

    /**
     * The tags the vendor knows.
     *
     * @return the tags the vendor knows
     */
    Either<ElementsError, Seq<Tag>> tags();

    /**
     * The voices that can be bound to elements.
     *
     * @return the voices that can be bound to elements
     */
    Either<ElementsError, Seq<Voice>> voices();
}
