package io.elements4j.domain.query;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One page of a listing: its place (1-based page number), its size, and the vendor's continuation for it when the
 * vendor pages by cursor. A vendor paging by number reads {@link #page()}; one paging by cursor reads
 * {@link #cursor()} (none for the first page). Each vendor clamps the size to what it allows.
 *
 * @param page   the page's place in the listing, from 1 (for a cursor-paged vendor, how many pages came before + 1)
 * @param size   how many items to ask for
 * @param cursor the vendor's opaque continuation for this page, when it pages by cursor
 */
public record PageRequest(int page, int size, Option<String> cursor) {

    /**
     * Creates the value, checking every component.
     *
     * @param page   the page's place, from 1
     * @param size   the page size, at least 1
     * @param cursor the vendor's continuation, if any
     */
    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based: got " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: got " + size);
        }
        Objects.requireNonNull(cursor, "cursor");
    }

    /**
     * A page by number, without a cursor.
     *
     * @param page the page number, from 1
     * @param size the page size
     */
    public PageRequest(int page, int size) {
        this(page, size, Option.none());
    }

    /**
     * The first page.
     *
     * @param size the page size
     * @return page 1 of that size
     */
    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /**
     * A page by number.
     *
     * @param page the page number, from 1
     * @param size the page size
     * @return the request
     */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /**
     * The page after this one, for a vendor paging by number.
     *
     * @return the next page number, same size
     */
    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }

    /**
     * The page after this one, for a vendor paging by cursor.
     *
     * @param continuation the vendor's cursor for the next page
     * @return the next page, carrying the cursor
     */
    public PageRequest after(String continuation) {
        return new PageRequest(page + 1, size, Option.some(Objects.requireNonNull(continuation, "continuation")));
    }

    /**
     * This request with another size (a vendor clamping it to its maximum).
     *
     * @param value the size
     * @return the same place and cursor, that size
     */
    public PageRequest withSize(int value) {
        return new PageRequest(page, value, cursor);
    }
}
