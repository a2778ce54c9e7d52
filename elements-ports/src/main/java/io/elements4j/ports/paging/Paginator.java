package io.elements4j.ports.paging;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsException;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.Iterator;
import io.vavr.control.Either;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged listing, fetched lazily one page at a time as iteration reaches it: the user never writes
 * the paging loop. Iterating again starts again from the first page.
 *
 * <p>A failed page fetch surfaces as an {@link ElementsException} carrying the {@link ElementsError}; use
 * {@link #pages()} to handle errors as values instead.
 */
public final class Paginator<T> implements Iterable<T> {

    private final Function<PageRequest, Either<ElementsError, Page<T>>> fetch;
    private final PageRequest first;

    /**
     * Paginator.
     *
     * @param fetch the fetch
     * @param first the first
     */
    public Paginator(Function<PageRequest, Either<ElementsError, Page<T>>> fetch, PageRequest first) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.first = Objects.requireNonNull(first, "first");
    }

    /**
     * Every page in order, each fetched when reached; a failed fetch is the last value.
     *
     * @return every page in order, each fetched when reached; a failed fetch is the last value
     */
    public Iterator<Either<ElementsError, Page<T>>> pages() {
        return new PageIterator();
    }

    @Override
    public Iterator<T> iterator() {
        return pages().flatMap(page -> page.fold(error -> {
            throw new ElementsException(error);
        }, Page::items));
    }

    /**
     * The stream.
     *
     * @return the stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /**
     * A vendor may promise more after an empty page (Kling drops deleted and unfinished records from a page), so an
     * empty page alone does not end the listing; this many in a row does, so a wrong promise cannot loop forever.
     */
    static final int MAX_EMPTY_PAGES_IN_A_ROW = 20;

    private final class PageIterator implements Iterator<Either<ElementsError, Page<T>>> {
        private PageRequest nextRequest = first;
        private boolean finished;
        private int emptyInARow;

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public Either<ElementsError, Page<T>> next() {
            if (finished) {
                throw new NoSuchElementException("no more pages");
            }
            Either<ElementsError, Page<T>> page = fetch.apply(nextRequest);
            emptyInARow = page.isRight() && page.get().items().isEmpty() ? emptyInARow + 1 : 0;
            finished = page.isLeft() || !page.get().hasMore() || emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW;
            nextRequest = nextRequest.next();
            return page;
        }
    }
}
