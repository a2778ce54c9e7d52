package io.elements4j.client.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Map;
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
    void gives_every_item_across_pages_in_order() {
        Paginator<Integer> all = new Paginator<>(this::sevenItems, PageRequest.first(3));

        assertThat(all.all().get()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(requested).extracting(PageRequest::page).containsExactly(1, 2, 3);
    }

    @Test
    void fetches_a_page_only_when_iteration_reaches_it() {
        Paginator<Integer> all = new Paginator<>(this::sevenItems, PageRequest.first(3));

        assertThat(all.items().take(4).map(Either::get).toList()).containsExactly(0, 1, 2, 3);
        assertThat(requested).hasSize(2);
    }

    @Test
    void follows_the_vendors_cursor_until_it_gives_none() {
        Map<String, String> nextCursor = Map.of("", "c1", "c1", "c2");
        Paginator<String> cursored = new Paginator<>(
                r -> {
                    requested.add(r);
                    String at = r.cursor().getOrElse("");
                    Option<PageRequest> next = Option.of(nextCursor.get(at)).map(r::after);
                    return Either.right(new Page<>(List.of("item@" + at), r, Option.none(), next));
                },
                PageRequest.first(10));

        assertThat(cursored.all().get()).containsExactly("item@", "item@c1", "item@c2");
        assertThat(requested).extracting(r -> r.cursor().getOrNull()).containsExactly(null, "c1", "c2");
    }

    @Test
    void keeps_going_past_empty_pages_while_the_vendor_has_more() {
        Paginator<Integer> filtered = new Paginator<>(
                r -> {
                    requested.add(r);
                    List<Integer> items = r.page() == 30 ? List.of(30) : List.empty();
                    return Either.right(new Page<>(items, r, Option.none(), r.page() < 30));
                },
                PageRequest.first(1));

        assertThat(filtered.all().get())
                .as("a filter on the client empties 29 pages in a row")
                .containsExactly(30);
        assertThat(requested).hasSize(30);
    }

    @Test
    void a_failed_page_is_a_value_that_ends_the_listing() {
        ElementsError boom = new ElementsError.Unauthorized("bad key", Option.none(), Option.some("req-1"));
        Paginator<Integer> failing =
                new Paginator<>(r -> r.page() == 1 ? sevenItems(r) : Either.left(boom), PageRequest.first(3));
        java.util.List<Integer> seen = new ArrayList<>();

        Either<ElementsError, Long> result = failing.forEach(seen::add);

        assertThat(result.getLeft()).isEqualTo(boom);
        assertThat(seen).containsExactly(0, 1, 2);
        assertThat(failing.all().getLeft()).isEqualTo(boom);
        assertThat(failing.items().last().getLeft()).isEqualTo(boom);
    }

    @Test
    void for_each_counts_what_it_gave() {
        assertThat(new Paginator<>(this::sevenItems, PageRequest.first(3))
                        .forEach(i -> {})
                        .get())
                .isEqualTo(7L);
    }

    @Test
    void pages_hands_errors_back_as_values() {
        ElementsError boom = new ElementsError.Unauthorized("bad key", Option.none(), Option.none());
        Paginator<Integer> failing =
                new Paginator<>(r -> r.page() == 1 ? sevenItems(r) : Either.left(boom), PageRequest.first(3));

        assertThat(failing.pages().toList())
                .hasSize(2)
                .last()
                .satisfies(p -> assertThat(p.getLeft()).isEqualTo(boom));
    }
}
