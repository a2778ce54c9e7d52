package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Page numbers, offsets and cursors: each clamps to the vendor's largest page and knows when the listing ends. */
class PagingTest {

    @Test
    void page_numbers_clamp_the_size_and_end_by_the_total_or_a_short_page() {
        Paging.PageNumbers paging = Paging.byPageNumber(100);
        PageRequest sent = paging.clamp(PageRequest.of(2, 500).withSize(500));

        assertThat(sent).isEqualTo(PageRequest.of(2, 100));
        assertThat(paging.page(sent, List.of("a"), 100, Option.some(250L)).next())
                .contains(PageRequest.of(3, 100));
        assertThat(paging.page(sent, List.of("a"), 100, Option.some(200L)).hasMore())
                .as("200 listed, 200 seen")
                .isFalse();
        assertThat(paging.page(sent, List.of("a"), 100, Option.none()).hasMore())
                .as("a full page")
                .isTrue();
        assertThat(paging.page(sent, List.of("a"), 99, Option.none()).hasMore())
                .as("a short page")
                .isFalse();
    }

    @Test
    void page_numbers_judge_fullness_by_what_the_vendor_sent_not_what_was_kept() {
        Paging.PageNumbers paging = Paging.byPageNumber(3);

        Page<String> filtered = paging.page(PageRequest.of(1, 3), List.empty(), 3, Option.none());

        assertThat(filtered.items()).isEmpty();
        assertThat(filtered.hasMore())
                .as("every record filtered out, but the vendor's page was full")
                .isTrue();
    }

    @Test
    void page_numbers_stop_at_the_vendors_last_page() {
        Paging.PageNumbers paging = Paging.byPageNumber(10).upToPage(1000);

        assertThat(paging.page(PageRequest.of(999, 10), List.of(1), 10, Option.none())
                        .hasMore())
                .isTrue();
        assertThat(paging.page(PageRequest.of(1000, 10), List.of(1), 10, Option.none())
                        .hasMore())
                .isFalse();
    }

    @Test
    void offsets_carry_the_next_offset_so_pages_of_any_size_line_up() {
        Paging.Offsets paging = Paging.byOffset(50);
        PageRequest first = paging.clamp(PageRequest.first(80));

        Page<String> page = paging.page(first, List.of("a", "b"), 50, Option.some(120L));
        PageRequest second = page.next().get();

        assertThat(paging.offset(first)).isZero();
        assertThat(paging.offset(second)).isEqualTo(50);
        assertThat(paging.offset(paging.clamp(second.withSize(20))))
                .as("the offset, whatever the size")
                .isEqualTo(50);
        assertThat(paging.page(second, List.of("c"), 50, Option.some(120L))
                        .next()
                        .map(paging::offset))
                .contains(100L);
        assertThat(paging.page(paging.clamp(PageRequest.first(50)).after("100"), List.of("d"), 20, Option.some(120L))
                        .hasMore())
                .isFalse();
    }

    @Test
    void an_offset_without_a_continuation_is_the_pages_start() {
        Paging.Offsets paging = Paging.byOffset(50);

        assertThat(paging.offset(PageRequest.of(3, 20))).isEqualTo(40);
        assertThat(paging.offset(PageRequest.first(20).after("not-a-number")))
                .as("page 2 of 20")
                .isEqualTo(20);
    }

    @Test
    void cursors_continue_with_the_vendors_cursor_until_it_sends_none() {
        Paging.Cursors paging = Paging.byCursor(25);
        PageRequest first = paging.clamp(PageRequest.first(100));

        Page<String> page = paging.page(first, List.of("a"), Option.some("c-2"));

        assertThat(first.size()).isEqualTo(25);
        assertThat(paging.cursor(first)).isEmpty();
        assertThat(page.next().flatMap(paging::cursor)).contains("c-2");
        assertThat(paging.page(page.next().get(), List.of("b"), Option.some(" "))
                        .hasMore())
                .isFalse();
        assertThat(paging.page(page.next().get(), List.of("b"), Option.none()).hasMore())
                .isFalse();
    }

    @Test
    void an_empty_page_is_the_last_whatever_a_total_says() {
        assertThat(Paging.byOffset(10)
                        .page(PageRequest.first(10), List.empty(), 0, Option.some(1_000L))
                        .hasMore())
                .isFalse();
        assertThat(Paging.byPageNumber(10)
                        .page(PageRequest.first(10), List.empty(), 0, Option.some(1_000L))
                        .hasMore())
                .isFalse();
    }
}
