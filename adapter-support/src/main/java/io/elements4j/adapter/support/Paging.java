package io.elements4j.adapter.support;

import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;

/**
 * The three ways vendors page a listing, turned into the domain's {@link PageRequest} and {@link Page}: by page
 * number ({@code pageNum=3&pageSize=50}), by offset ({@code offset=100&limit=50}) and by the vendor's cursor
 * ({@code cursor=…}). Each clamps the size asked for to the vendor's largest page, and says whether there is a page
 * after this one — from a total when the vendor sends one, else from a full page — so the facade's listings walk
 * every page and stop at the end.
 *
 * <pre>{@code
 * static final Paging.Offsets PAGING = Paging.byOffset(50);
 *
 * PageRequest sent = PAGING.clamp(requested);
 * ... api.characters(PAGING.offset(sent), sent.size()) ...
 * return PAGING.page(sent, items, answer.items().size(), Option.of(answer.total()));
 * }</pre>
 *
 * <p>"received" is the number of records the vendor sent for the page, before the adapter filters any out (deleted
 * elements, a tag it filters on its side): a page is full by what the vendor sent, not by what is kept. A page with
 * nothing in it is the last, whatever a total says, so a vendor that miscounts cannot make a listing loop.
 */
public abstract sealed class Paging permits Paging.PageNumbers, Paging.Offsets, Paging.Cursors {

    private final int maxSize;

    private Paging(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("a page holds at least 1 item: " + maxSize);
        }
        this.maxSize = maxSize;
    }

    /** Pages by number, 1-based, of at most {@code maxSize} items. */
    public static PageNumbers byPageNumber(int maxSize) {
        return new PageNumbers(maxSize, Option.none());
    }

    /** Pages by the offset of their first item, of at most {@code maxSize} items. */
    public static Offsets byOffset(int maxSize) {
        return new Offsets(maxSize);
    }

    /** Pages by the vendor's opaque cursor, of at most {@code maxSize} items. */
    public static Cursors byCursor(int maxSize) {
        return new Cursors(maxSize);
    }

    /** The largest page the vendor sends. */
    public int maxSize() {
        return maxSize;
    }

    /** The request as the vendor answers it: its size cut to {@link #maxSize}; the answered page says so. */
    public PageRequest clamp(PageRequest requested) {
        return requested.withSize(Math.min(requested.size(), maxSize));
    }

    /** Whether the page after one that sent {@code received} records exists, by the total if there is one. */
    static boolean more(long itemsSoFar, int received, PageRequest sent, Option<Long> total) {
        return received > 0 && total.map(t -> itemsSoFar < t).getOrElse(received >= sent.size());
    }

    /** By page number: the continuation is the next page's number, and a cursor is not sent. */
    public static final class PageNumbers extends Paging {
        private final Option<Integer> lastPage;

        private PageNumbers(int maxSize, Option<Integer> lastPage) {
            super(maxSize);
            this.lastPage = lastPage;
        }

        /** These pages, where the vendor lists nothing after page {@code lastPage} (Kling's 1,000). */
        public PageNumbers upToPage(int lastPage) {
            return new PageNumbers(maxSize(), Option.some(lastPage));
        }

        @Override
        public PageRequest clamp(PageRequest requested) {
            return PageRequest.of(requested.page(), Math.min(requested.size(), maxSize()));
        }

        /**
         * The page answered for {@code sent}.
         *
         * @param sent     the clamped request sent
         * @param items    what the page holds
         * @param received how many records the vendor sent for it
         * @param total    how many the whole listing holds, if the vendor says
         */
        public <T> Page<T> page(PageRequest sent, Seq<T> items, int received, Option<Long> total) {
            boolean more = more((long) sent.page() * sent.size(), received, sent, total)
                    && lastPage.forAll(last -> sent.page() < last);
            return new Page<>(items, sent, total, more);
        }
    }

    /** By offset: the continuation carries the next offset, so pages of different sizes line up. */
    public static final class Offsets extends Paging {

        private Offsets(int maxSize) {
            super(maxSize);
        }

        /**
         * Where {@code sent} starts: the offset its continuation carries, else its page's start
         * ({@code (page - 1) × size}) — the same for a first page, or when a continuation is not an offset.
         */
        public long offset(PageRequest sent) {
            return sent.cursor()
                    .flatMap(c -> Try.of(() -> Long.parseLong(c)).toOption())
                    .filter(o -> o >= 0)
                    .getOrElse(() -> (long) (sent.page() - 1) * sent.size());
        }

        /**
         * The page answered for {@code sent}; the next, if any, continues at this page's offset plus what the
         * vendor sent.
         *
         * @param sent     the clamped request sent
         * @param items    what the page holds
         * @param received how many records the vendor sent for it
         * @param total    how many the whole listing holds, if the vendor says
         */
        public <T> Page<T> page(PageRequest sent, Seq<T> items, int received, Option<Long> total) {
            long next = offset(sent) + received;
            Option<PageRequest> after =
                    more(next, received, sent, total) ? Option.some(sent.after(Long.toString(next))) : Option.none();
            return new Page<>(items, sent, total, after);
        }
    }

    /** By cursor: the vendor says where the next page starts, and a blank or absent cursor is the end. */
    public static final class Cursors extends Paging {

        private Cursors(int maxSize) {
            super(maxSize);
        }

        /** The cursor to send for {@code sent}; none for the first page. */
        public Option<String> cursor(PageRequest sent) {
            return sent.cursor();
        }

        /**
         * The page answered for {@code sent}.
         *
         * @param sent       the clamped request sent
         * @param items      what the page holds
         * @param nextCursor the vendor's cursor for the next page; none, null or blank on the last
         */
        public <T> Page<T> page(PageRequest sent, Seq<T> items, Option<String> nextCursor) {
            return new Page<>(
                    items,
                    sent,
                    Option.none(),
                    nextCursor.filter(c -> c != null && !c.isBlank()).map(sent::after));
        }
    }
}
