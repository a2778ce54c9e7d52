package io.elements4j.cli;

import io.elements4j.client.paging.Paginator;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** {@code elements presets}. */
final class PresetsCommand extends ListingCommand {

    PresetsCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return paged(CommandModel.of(
                "presets",
                this,
                "List the vendor's preset (official) elements: every page, or one with --page/--size."));
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.PRESETS);
    }

    @Override
    String action() {
        return "list preset elements";
    }

    @Override
    String noun() {
        return "preset";
    }

    @Override
    Either<ElementsError, Page<Element>> page(Session session, PageRequest request) {
        return session.elements().presets(request);
    }

    @Override
    Paginator<Element> everyPage(Session session, int pageSize) {
        return new Paginator<>(request -> session.elements().presets(request), PageRequest.first(pageSize));
    }
}
