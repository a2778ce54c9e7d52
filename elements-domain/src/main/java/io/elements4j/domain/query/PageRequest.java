package io.elements4j.domain.query;

/**
 * One page of a listing: 1-based page number and page size. Each vendor clamps the size to what it allows.
 */
public record PageRequest(int page, int size) {

    /**
     * Creates the value, checking every component.
     *
     * @param page the page number, from 1
     * @param size the page size
     */
    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based: got " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: got " + size);
        }
    }

    /**
     * The first page, of the given size.
     *
     * @param size the page size
     * @return the request
     */
    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /**
     * The page request of the given parts.
     *
     * @param page the page number, from 1
     * @param size the page size
     * @return the page request of the given parts
     */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /**
     * The next.
     *
     * @return the next
     */
    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }
}
