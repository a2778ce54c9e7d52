package io.elements4j.ports.api;

import io.elements4j.domain.capability.Capability;
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

/**
 * Finds and lists elements, and reads the tag and voice catalogues. Each operation answers {@code Unsupported} by
 * default: a client implements only what its vendor offers (the facade never calls the rest).
 */
public interface ElementQueryPort {

    /**
     * The element with this id, or none when it does not exist.
     *
     * @return the element with this id, or none when it does not exist
     */
    default Either<ElementsError, Option<Element>> find(ElementId id) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.FIND));
    }

    /**
     * One page of the account's own elements.
     *
     * @param page the page number, from 1
     * @return one page of the account's own elements
     */
    default Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.LIST));
    }

    /**
     * One page of the vendor's preset (official) elements.
     *
     * @param page the page number, from 1
     * @return one page of the vendor's preset (official) elements
     */
    default Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.PRESETS));
    }

    /**
     * The tags the vendor knows.
     *
     * @return the tags the vendor knows
     */
    default Either<ElementsError, Seq<Tag>> tags() {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.TAG_CATALOGUE));
    }

    /**
     * The voices that can be bound to elements.
     *
     * @return the voices that can be bound to elements
     */
    default Either<ElementsError, Seq<Voice>> voices() {
        return Either.left(ElementsError.Unsupported.of("this provider", Capability.VOICE_CATALOGUE));
    }
}
