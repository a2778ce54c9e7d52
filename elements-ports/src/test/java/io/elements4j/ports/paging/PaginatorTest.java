package io.elements4j.ports.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsException;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    private final java.util.List<PageRequest> requested = new ArrayList<>();

    /** 7 items served 3 per page: pages 1..3, the last short. */
    private Either<ElementsError, Page<Integer>> sevenItems(PageRequest request) {
        requested.add(request);
        int from = (request.page() - 1) * request.size();
        List<Integer> items = List.range(from, Math.min(from + request.size(), 7));
        return Either.right(new Page<>(items, request, Option.some(7L), from + request.size() < 7));
    }

    @Test
    void iterates_every_item_across_pages_in_order() {
        Paginator<Integer> all = new Paginator<>(this::sevenItems, PageRequest.first(3));

        assertThat(all.stream().toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(requested).extracting(PageRequest::page).containsExactly(1, 2, 3);
    }

    @Test
    void fetches_a_page_only_when_iteration_reaches_it() {
        Paginator<Integer> all = new Paginator<>(this::sevenItems, PageRequest.first(3));

        assertThat(all.stream().limit(4).toList()).containsExactly(0, 1, 2, 3);
        assertThat(requested).hasSize(2);
    }

    @Test
    void keeps_going_past_an_empty_page_while_the_vendor_promises_more() {
        Paginator<Integer> filtered = new Paginator<>(r -> {
            requested.add(r);
            List<Integer> items = r.page() == 2 ? List.empty() : List.of(r.page());
            return Either.right(new Page<>(items, r, Option.none(), r.page() < 3));
        }, PageRequest.first(1));

        assertThat(filtered.stream().toList()).containsExactly(1, 3);
        assertThat(requested).hasSize(3);
    }

    @Test
    void gives_up_on_a_vendor_that_promises_more_forever_but_sends_nothing() {
        Paginator<Integer> liar = new Paginator<>(r -> {
            requested.add(r);
            return Either.right(new Page<>(r.page() == 1 ? List.of(1) : List.empty(), r, Option.none(), true));
        }, PageRequest.first(1));

        assertThat(liar.stream().toList()).containsExactly(1);
        assertThat(requested).hasSize(1 + Paginator.MAX_EMPTY_PAGES_IN_A_ROW);
    }

    @Test
    void a_failed_page_surfaces_as_an_exception_carrying_the_error() {
        ElementsError boom = new ElementsError.Unauthorized("bad key", Option.none(), Option.some("req-1"));
        Paginator<Integer> failing = new Paginator<>(r -> r.page() == 1 ? sevenItems(r) : Either.left(boom), PageRequest.first(3));

        assertThatThrownBy(() -> failing.stream().toList())
                .isInstanceOfSatisfying(ElementsException.class, e -> assertThat(e.error()).isEqualTo(boom));
    }

    @Test
    void pages_hands_errors_back_as_values() {
        ElementsError boom = new ElementsError.Unauthorized("bad key", Option.none(), Option.none());
        Paginator<Integer> failing = new Paginator<>(r -> r.page() == 1 ? sevenItems(r) : Either.left(boom), PageRequest.first(3));

        assertThat(failing.pages().toList()).hasSize(2).last().satisfies(p -> assertThat(p.getLeft()).isEqualTo(boom));
    }
}
