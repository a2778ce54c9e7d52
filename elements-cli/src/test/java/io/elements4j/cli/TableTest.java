package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void a_url_is_never_cut_so_it_can_be_copied() {
        String url = "https://cdn.example.com/voices/official/a-rather-long-name/trial.mp3";
        Table table = new Table(List.of("ID", "TRIAL"), 30).row(List.of("v1", url));

        assertThat(table.render()).anySatisfy(line -> assertThat(line).contains(url));
    }

    @Test
    void long_text_still_wraps_at_spaces_within_its_column() {
        Table table = new Table(List.of("A", "B"), 10).row(List.of("one two three four", "x"));

        assertThat(table.render()).contains("one two     x", "three four");
    }
}
