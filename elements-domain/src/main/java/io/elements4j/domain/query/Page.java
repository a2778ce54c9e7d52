package io.elements4j.domain.query;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of results.
 *
 * @param items   what the page holds
 * @param request the request it answers
 * @param total   the total count, where the vendor reports one (useapi does, Kling does not)
 * @param hasMore whether another page may follow
 */
public record Page<T>(Seq<T> items, PageRequest request, Option<Long> total, boolean hasMore) {

    /**
     * Creates the value, checking every component.
     *
     * @param hasMore the has more
     * @param items the items
     * @param request the request
     * @param total the total
     */
    public Page {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(total, "total");
    }

    /**
     * This page with every item mapped, and the same paging facts.
     *
     * @param <R> the type of the mapped items
     * @param mapper turns each item into its new form
     * @return map
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.map(mapper), request, total, hasMore);
    }
}
