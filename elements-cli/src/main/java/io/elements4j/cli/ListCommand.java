package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.paging.Paginator;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** {@code elements list}. */
final class ListCommand extends ListingCommand {

    private String tag;
    private boolean includeDeleted;

    private ElementFilter filter = ElementFilter.all();

    ListCommand(ElementsCommand root) {
        super(root);
    }

    @Override
    CommandModel describe() {
        return paged(CommandModel.of(
                        "list",
                        this,
                        "List the account's elements: every page (fetched as needed), or one with" + " --page/--size.")
                .option(Arg.of(String.class, key -> tag = key)
                        .names("--tag")
                        .label("TAG")
                        .description("only elements with this tag"))
                .option(Arg.flag(given -> includeDeleted = given)
                        .names("--include-deleted")
                        .description("also elements marked deleted, where the vendor keeps them")));
    }

    @Override
    void prepare() {
        super.prepare();
        ElementFilter chosen = ElementFilter.all();
        if (tag != null) {
            chosen = chosen.withTag(Arguments.tag(tag));
        }
        filter = includeDeleted ? chosen.includingDeleted() : chosen;
    }

    @Override
    Option<Capability> requires() {
        return Option.some(Capability.LIST);
    }

    @Override
    String action() {
        return "list elements";
    }

    @Override
    String noun() {
        return "element";
    }

    @Override
    Either<ElementsError, Page<Element>> page(Session session, PageRequest request) {
        return session.elements().list(filter, request);
    }

    @Override
    Paginator<Element> everyPage(Session session, int pageSize) {
        return new Paginator<>(request -> session.elements().list(filter, request), PageRequest.first(pageSize));
    }
}
