package io.elements4j.cli;

import io.elements4j.cli.CommandModel.Arg;
import io.elements4j.client.paging.Paginator;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** A paged listing: one page with {@code --page}/{@code --size}, otherwise every page, fetched one at a time. */
abstract class ListingCommand extends TimedCommand {

    static final int DEFAULT_SIZE = 50;

    private Integer page;
    private Integer size;

    ListingCommand(ElementsCommand root) {
        super(root);
    }

    /** {@code model} with {@code --page}, {@code --size} and {@code --timeout}. */
    CommandModel paged(CommandModel model) {
        return timed(model.option(Arg.of(Integer.class, n -> page = n)
                        .names("--page")
                        .label("N")
                        .description("show only page N (from 1)"))
                .option(Arg.of(Integer.class, n -> size = n)
                        .names("--size")
                        .label("N")
                        .description("page size (default " + DEFAULT_SIZE
                                + "); with neither option every page is fetched")));
    }

    /** "list elements", "list presets": what failed, in messages. */
    abstract String action();

    /** "element", "preset". */
    abstract String noun();

    abstract Either<ElementsError, Page<Element>> page(Session session, PageRequest request);

    abstract Paginator<Element> everyPage(Session session, int pageSize);

    @Override
    void prepare() {
        if (page != null && page < 1) {
            throw CliFailure.usage("--page must be 1 or more: " + page);
        }
        if (size != null && size < 1) {
            throw CliFailure.usage("--size must be 1 or more: " + size);
        }
    }

    @Override
    Object run(Session session, Output output) {
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (page != null || size != null) {
            PageRequest request = PageRequest.of(page == null ? 1 : page, pageSize);
            Page<Element> one = orFail(page(session, request), action(), session);
            output.lines(table(one.items()));
            output.line("page " + request.page() + ": " + count(one.items().size())
                    + one.total().map(total -> " of " + total).getOrElse("")
                    + (one.hasMore() ? "; more on page " + (request.page() + 1) : "; no more pages"));
            return Views.page(one, session.provider().id());
        }
        List<Element> all = List.empty();
        int pages = 0;
        for (Either<ElementsError, Page<Element>> next :
                everyPage(session, pageSize).pages()) {
            Page<Element> fetched = orFail(next, action(), session);
            all = all.appendAll(fetched.items());
            pages++;
        }
        output.lines(table(all));
        output.line(count(all.size()));
        return Json.object()
                .put("count", all.size())
                .put("pages", pages)
                .put(
                        "elements",
                        all.map(e -> Views.element(e, session.provider().id())));
    }

    private Seq<String> table(Seq<Element> elements) {
        if (elements.isEmpty()) {
            return List.empty();
        }
        Table table = new Table(Views.ELEMENT_COLUMNS, 40);
        elements.forEach(element -> table.row(Views.elementRow(element)));
        return table.render();
    }

    private String count(int n) {
        return n + " " + noun() + (n == 1 ? "" : "s");
    }
}
