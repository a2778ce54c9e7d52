package io.elements4j.domain.query;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of results, and where the listing goes on: the request for the next page, or none when the vendor says
 * there is no more. A listing ends only there — never because a page came back empty (a filter applied on the client,
 * or a vendor leaving unfinished records out, can empty a page in the middle).
 *
 * @param items   what the page holds
 * @param request the request it answers (as the vendor answered it: a clamped size shows here)
 * @param total   the total count, where the vendor reports one (not every vendor does)
 * @param next    the request for the next page, or none when this is the last
 * @param <T>     what the page holds
 */
public record Page<T>(Seq<T> items, PageRequest request, Option<Long> total, Option<PageRequest> next) {

    /**
     * Creates the value, checking every component.
     *
     * @param items   what the page holds
     * @param request the request it answers
     * @param total   the total count, if the vendor reports one
     * @param next    the request for the next page, if any
     */
    public Page {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(next, "next");
    }

    /**
     * A page of a listing paged by number: the next page, when there is one, is the next number.
     *
     * @param items   what the page holds
     * @param request the request it answers
     * @param total   the total count, if the vendor reports one
     * @param hasMore whether the vendor says another page follows
     */
    public Page(Seq<T> items, PageRequest request, Option<Long> total, boolean hasMore) {
        this(items, request, total, hasMore ? Option.some(request.next()) : Option.none());
    }

    /**
     * Whether another page follows.
     *
     * @return true when the vendor gave a continuation
     */
    public boolean hasMore() {
        return next.isDefined();
    }

    /**
     * The same page with each item mapped.
     *
     * @param <R>    the type of the mapped items
     * @param mapper turns each item into its new form
     * @return the mapped page, with the same request, total and continuation
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.map(mapper), request, total, next);
    }
}
