package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String ABOVE_2_53 = "863121023120580607";

    record Element(
            String name,

            @JsonDeserialize(using = ExactTextDeserializer.class)
            String element_id) {}

    record Deletion(
            @JsonDeserialize(contentUsing = ExactTextDeserializer.class)
            List<String> ids) {}

    enum Status {
        SUCCEED,
        @JsonEnumDefaultValue
        UNKNOWN
    }

    record Task(Status status, int progress, List<String> tags, Instant created, String note) {}

    private static <T> T read(String json, Class<T> type) throws Exception {
        return Json.mapper().readValue(json, type);
    }

    @Test
    void an_id_sent_as_a_number_above_2_to_the_53_keeps_every_digit() throws Exception {
        // name first: the record's creator buffers element_id before it can be set, which must not round it
        assertThat(read("{\"name\": \"a\", \"element_id\": " + ABOVE_2_53 + "}", Element.class)
                        .element_id())
                .isEqualTo(ABOVE_2_53);
        assertThat(read("{\"element_id\": " + ABOVE_2_53 + ", \"name\": \"a\"}", Element.class)
                        .element_id())
                .isEqualTo(ABOVE_2_53);
    }

    @Test
    void an_id_sent_as_a_string_keeps_its_exact_text() throws Exception {
        assertThat(read("{\"element_id\": \"" + ABOVE_2_53 + "\"}", Element.class)
                        .element_id())
                .isEqualTo(ABOVE_2_53);
        assertThat(read("{\"element_id\": \"u_300171730302481\"}", Element.class)
                        .element_id())
                .isEqualTo("u_300171730302481");
    }

    @Test
    void an_id_beyond_64_bits_still_keeps_every_digit() throws Exception {
        assertThat(read("{\"element_id\": 123456789012345678901234567890}", Element.class)
                        .element_id())
                .isEqualTo("123456789012345678901234567890");
    }

    @Test
    void a_whole_number_written_as_a_decimal_reads_as_its_digits() throws Exception {
        assertThat(read("{\"element_id\": 8.63121023120580607E17}", Element.class)
                        .element_id())
                .isEqualTo(ABOVE_2_53);
        assertThat(read("{\"element_id\": 42.0}", Element.class).element_id()).isEqualTo("42");
    }

    @Test
    void a_fraction_or_a_boolean_is_not_an_id() {
        assertThatThrownBy(() -> read("{\"element_id\": 4.5}", Element.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("whole number or a string");
        assertThatThrownBy(() -> read("{\"element_id\": true}", Element.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void a_list_of_ids_mixing_numbers_and_strings_keeps_them_all_exact() throws Exception {
        assertThat(read("{\"ids\": [" + ABOVE_2_53 + ", \"869218167527833688\"]}", Deletion.class)
                        .ids())
                .containsExactly(ABOVE_2_53, "869218167527833688");
    }

    @Test
    void ids_read_from_a_tree_keep_their_exact_text() {
        var tree = Json.tree("{\"a\": " + ABOVE_2_53 + ", \"b\": \"x_1\", \"c\": 1.2E3, \"d\": 0.5, \"e\": null}")
                .get();

        assertThat(LenientIds.exactText(tree.path("a"))).contains(ABOVE_2_53);
        assertThat(LenientIds.exactText(tree.path("b"))).contains("x_1");
        assertThat(LenientIds.exactText(tree.path("c"))).contains("1200");
        assertThat(LenientIds.exactText(tree.path("d"))).isEmpty();
        assertThat(LenientIds.exactText(tree.path("e"))).isEmpty();
        assertThat(LenientIds.exactText(tree.path("missing"))).isEmpty();
    }

    @Test
    void reads_leniently_what_vendors_actually_send() throws Exception {
        Task task = read(
                "{\"status\": \"queued_for_later\", \"progress\": null, \"tags\": \"o_102\","
                        + " \"created\": \"2026-01-01T00:00:00Z\", \"unknown\": {\"nested\": 1}}",
                Task.class);

        assertThat(task)
                .isEqualTo(new Task(Status.UNKNOWN, 0, List.of("o_102"), Instant.parse("2026-01-01T00:00:00Z"), null));
    }

    @Test
    void writes_exactly_what_a_record_holds_with_dates_as_text() throws Exception {
        String json = Json.mapper()
                .writeValueAsString(
                        new Task(Status.SUCCEED, 3, List.of(), Instant.parse("2026-01-01T00:00:00Z"), null));

        assertThat(json)
                .isEqualTo("{\"status\":\"SUCCEED\",\"progress\":3,\"tags\":[],"
                        + "\"created\":\"2026-01-01T00:00:00Z\"}");
    }

    @Test
    void trailing_garbage_after_a_body_is_not_quietly_ignored() {
        assertThatThrownBy(() -> read("{\"name\": \"a\"} <html>", Element.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void parse_and_tree_answer_none_for_what_is_not_that_json() {
        assertThat(Json.parse("<html>", Element.class)).isEmpty();
        assertThat(Json.parse("", Element.class)).isEmpty();
        assertThat(Json.parse("null", Element.class)).isEmpty();
        assertThat(Json.tree("not json")).isEmpty();
        assertThat(Json.parse("{\"name\": \"a\"}", Element.class)).contains(new Element("a", null));
    }
}
