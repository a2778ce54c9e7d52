package io.elements4j.domain.query;

/**
 * One page of a listing: 1-based page number and page size. Each vendor clamps the size to what it allows.
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page is 1-based: got " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: got " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }
}
