package io.elements4j.client.paging;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every item of a paged listing, fetched lazily one page at a time as it is reached, AWS SDK paginator style: each
 * page carries the request for the next (a page number or the vendor's cursor), and the listing ends when the vendor
 * gives none — never after a count of empty pages, so a filter applied on the client keeps paging until the vendor is
 * done. The user never writes the paging loop, and a failure is a value, never an exception: {@link #forEach} and
 * {@link #all} answer it, {@link #pages} and {@link #items} end with it. Each call starts again from the first page.
 *
 * <pre>{@code
 * elements.listAll()
 *         .forEach(element -> System.out.println(element.name()))
 *         .peekLeft(error -> System.err.println(error.message()));
 * }</pre>
 *
 * @param <T> what the listing holds
 */
public final class Paginator<T> {

    private final Function<PageRequest, Either<ElementsError, Page<T>>> fetch;
    private final PageRequest first;

    /**
     * A listing read with {@code fetch}, starting at {@code first}.
     *
     * @param fetch reads one page
     * @param first the first page to read
     */
    public Paginator(Function<PageRequest, Either<ElementsError, Page<T>>> fetch, PageRequest first) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.first = Objects.requireNonNull(first, "first");
    }

    /**
     * Every page in order, each fetched when reached; a failed fetch is the last value.
     */
    public Iterator<Either<ElementsError, Page<T>>> pages() {
        return new PageIterator();
    }

    /**
     * Every item in order, pages fetched as iteration reaches them; a failed fetch is the last value.
     *
     * @return the items, each {@code Right}, or a {@code Left} that ends them
     */
    public Iterator<Either<ElementsError, T>> items() {
        return pages().flatMap(page -> page.fold(
                error -> List.of(Either.<ElementsError, T>left(error)),
                p -> p.items().map(Either::<ElementsError, T>right)));
    }

    /**
     * Gives every item to {@code action}, fetching pages as needed, and stops at the first failed page.
     *
     * @param action what to do with each item
     * @return how many items were given, or the failure that stopped the listing (an operation the provider
     *         lacks answers {@code Unsupported} here, before any item)
     */
    public Either<ElementsError, Long> forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        long count = 0;
        for (Either<ElementsError, Page<T>> page : pages()) {
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            for (T item : page.get().items()) {
                action.accept(item);
                count++;
            }
        }
        return Either.right(count);
    }

    /**
     * Every item, all pages read.
     *
     * @return the items in order, or the failure that stopped the listing
     */
    public Either<ElementsError, Seq<T>> all() {
        java.util.List<T> items = new ArrayList<>();
        return forEach(items::add).map(count -> List.ofAll(items));
    }

    private final class PageIterator implements Iterator<Either<ElementsError, Page<T>>> {
        private PageRequest nextRequest = first;
        private boolean finished;

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public Either<ElementsError, Page<T>> next() {
            if (finished) {
                throw new NoSuchElementException("no more pages");
            }
            Either<ElementsError, Page<T>> page =
                    Objects.requireNonNull(fetch.apply(nextRequest), "a page fetch answered null");
            finished = page.isLeft() || page.get().next().isEmpty();
            if (!finished) {
                nextRequest = page.get().next().get();
            }
            return page;
        }
    }
}
