package io.elements4j.adapter.evolink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.Json;
import io.elements4j.domain.element.ElementId;
import org.junit.jupiter.api.Test;

/** Where {@code result_data} may hold the element id, read with the shared mapper as the adapter reads it. */
class ElementIdsTest {

    private static JsonNode resultData(String json) {
        return Json.tree("{\"result_data\": " + json + "}").get().get("result_data");
    }

    @Test
    void reads_result_data_items_element_id_as_a_number() {
        assertThat(ElementIds.in(resultData("[{\"element_id\": 863121023120580600}]")))
                .containsExactly(ElementId.of("863121023120580600"));
    }

    @Test
    void reads_result_data_items_element_id_as_a_string() {
        assertThat(ElementIds.in(resultData("[{\"element_id\": \"863121023120580600\"}]")))
                .containsExactly(ElementId.of("863121023120580600"));
    }

    @Test
    void reads_result_data_element_id_on_an_object() {
        assertThat(ElementIds.in(resultData("{\"element_id\": 321930081569316}")))
                .containsExactly(ElementId.of("321930081569316"));
    }

    @Test
    void finds_an_element_id_nested_anywhere_below_result_data() {
        assertThat(ElementIds.in(resultData("{\"outputs\": [{\"meta\": {\"element_id\": \"42\"}}]}")))
                .containsExactly(ElementId.of("42"));
    }

    @Test
    void keeps_ids_above_two_to_the_53_and_above_two_to_the_63_digit_for_digit() {
        assertThat(ElementIds.in(resultData("[{\"element_id\": 9007199254740993}]")))
                .containsExactly(ElementId.of("9007199254740993"));
        assertThat(ElementIds.in(resultData("[{\"element_id\": 98765432109876543210}]")))
                .containsExactly(ElementId.of("98765432109876543210"));
    }

    @Test
    void keeps_the_digits_of_a_whole_number_written_in_exponent_form() {
        assertThat(ElementIds.in(resultData("[{\"element_id\": 8.631210231205806E17}]")))
                .containsExactly(ElementId.of("863121023120580600"));
    }

    @Test
    void the_items_of_an_array_come_first_then_the_object_then_the_walk() {
        assertThat(ElementIds.in(
                        resultData("[{\"element_id\": 1}, {\"nested\": {\"element_id\": 2}}, {\"element_id\": 3}]")))
                .containsExactly(ElementId.of("1"), ElementId.of("3"));
        assertThat(ElementIds.in(resultData("{\"element_id\": 1, \"more\": {\"element_id\": 2}}")))
                .containsExactly(ElementId.of("1"));
    }

    @Test
    void lists_several_elements_once_each_in_order() {
        assertThat(ElementIds.in(resultData("[{\"element_id\": 7}, {\"element_id\": \"8\"}, {\"element_id\": 7}]")))
                .containsExactly(ElementId.of("7"), ElementId.of("8"));
    }

    @Test
    void finds_nothing_where_nothing_is() {
        assertThat(ElementIds.in(null)).isEmpty();
        assertThat(ElementIds.in(resultData("null"))).isEmpty();
        assertThat(ElementIds.in(resultData("[]"))).isEmpty();
        assertThat(ElementIds.in(resultData("{}"))).isEmpty();
        assertThat(ElementIds.in(resultData("[\"http://example.com/image.jpg\"]")))
                .isEmpty();
        assertThat(ElementIds.in(resultData("[{\"result_id\": \"r1\", \"title\": \"x\"}]")))
                .isEmpty();
    }

    @Test
    void blank_strings_fractions_booleans_and_nulls_are_not_ids() {
        assertThat(ElementIds.in(resultData("[{\"element_id\": \"  \"}]"))).isEmpty();
        assertThat(ElementIds.in(resultData("[{\"element_id\": 12.5}]"))).isEmpty();
        assertThat(ElementIds.in(resultData("[{\"element_id\": true}]"))).isEmpty();
        assertThat(ElementIds.in(resultData("[{\"element_id\": null}]"))).isEmpty();
        assertThat(ElementIds.in(resultData("[{\"element_id\": {\"id\": 1}}]"))).isEmpty();
    }
}
