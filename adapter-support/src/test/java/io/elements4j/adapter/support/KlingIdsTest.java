package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KlingIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "7", "863121023120580600", "1000000000000000000", "9223372036854775807"})
    void takes_a_positive_64_bit_number_written_plainly(String id) {
        assertThat(KlingIds.isValid(id)).isTrue();
        assertThat(KlingIds.problem("element_id", List.of("1", id))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "0",
                "012",
                "-1",
                "+1",
                "1.0",
                "12a",
                " 12",
                "12 ",
                "１２",
                "9223372036854775808",
                "9999999999999999999",
                "10000000000000000000",
                "863121023120580600863121023120580600",
                "courier"
            })
    void refuses_anything_else(String id) {
        assertThat(KlingIds.isValid(id)).isFalse();
        assertThat(KlingIds.problem("element_id", List.of("1", id)).get()).contains("is not a Kling id");
    }

    @Test
    void refuses_no_id_at_all() {
        assertThat(KlingIds.isValid(null)).isFalse();
    }
}
