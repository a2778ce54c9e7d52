package io.elements4j.adapter.support;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.voice.Voice;
import io.elements4j.ports.api.ElementsClient;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A client for a vendor that offers element creation as a model call and nothing else (Evolink, the request
 * queue): every query and deletion answers {@code Unsupported}, sending nothing, until a subclass overrides it.
 */
public abstract class CreationOnlyClient implements ElementsClient {

    /** Why the operation is missing and what to do instead, appended to every {@code Unsupported} message. */
    protected abstract String whyNotOffered();

    /** The vendor as messages name it, e.g. {@code Evolink (evolink)}. */
    protected abstract String vendorLabel();

    protected final <T> Either<ElementsError, T> unsupported(Capability capability) {
        return Either.left(new ElementsError.Unsupported(capability,
                vendorLabel() + " cannot " + capability.description() + ": " + whyNotOffered()));
    }

    @Override
    public Either<ElementsError, Option<Element>> find(ElementId id) {
        return unsupported(Capability.FIND);
    }

    @Override
    public Either<ElementsError, Page<Element>> list(ElementFilter filter, PageRequest page) {
        return unsupported(Capability.LIST);
    }

    @Override
    public Either<ElementsError, Page<Element>> presets(PageRequest page) {
        return unsupported(Capability.PRESETS);
    }

    @Override
    public Either<ElementsError, Seq<Tag>> tags() {
        return unsupported(Capability.TAG_CATALOGUE);
    }

    @Override
    public Either<ElementsError, Seq<Voice>> voices() {
        return unsupported(Capability.VOICE_CATALOGUE);
    }

    @Override
    public Either<ElementsError, Deletion> delete(ElementId id) {
        return unsupported(Capability.DELETE);
    }
}
