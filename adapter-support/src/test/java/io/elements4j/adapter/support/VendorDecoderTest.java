package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Request;
import feign.Response;
import io.elements4j.adapter.support.ItemsApi.Item;
import io.vavr.control.Option;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The 2xx decoder on its own: the same answers whether or not it has an error envelope to look for. */
class VendorDecoderTest {

    private static final Predicate<JsonNode> KLING_ENVELOPE = body -> body.path("code").asLong(0) != 0;

    private final VendorDecoder plain = new VendorDecoder(Json.mapper(), Option.none(), Clock.systemUTC());
    private final VendorDecoder enveloped = new VendorDecoder(Json.mapper(), Option.some(KLING_ENVELOPE),
            Clock.systemUTC());

    @Test
    void binds_a_record_keeping_ids_above_2_to_the_53_exact_with_or_without_an_envelope_check() throws Exception {
        String body = "{\"code\": 0, \"id\": 863121023120580601, \"name\": \"Maeva\"}";

        assertThat(plain.decode(ok(body), Item.class)).isEqualTo(new Item("863121023120580601", "Maeva"));
        assertThat(enveloped.decode(ok(body), Item.class)).isEqualTo(new Item("863121023120580601", "Maeva"));
    }

    @Test
    void an_id_beyond_64_bits_or_written_as_a_decimal_keeps_its_digits_when_bound_from_the_checked_tree()
            throws Exception {
        assertThat(enveloped.decode(ok("{\"id\": 123456789012345678901234567890}"), Item.class))
                .isEqualTo(new Item("123456789012345678901234567890", null));
        assertThat(enveloped.decode(ok("{\"id\": 1.2E3}"), Item.class)).isEqualTo(new Item("1200", null));
    }

    @Test
    void an_error_envelope_becomes_a_response_failure_carrying_the_body() {
        String body = "{\"code\": 1201, \"message\": \"Task not found\"}";

        assertThatThrownBy(() -> enveloped.decode(ok(body), Item.class))
                .isInstanceOfSatisfying(HttpFailureException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.RESPONSE);
                    assertThat(e.failure().body()).isEqualTo(body);
                });
    }

    @Test
    void trailing_garbage_fails_either_way() {
        for (VendorDecoder decoder : List.of(plain, enveloped)) {
            assertThatThrownBy(() -> decoder.decode(ok("{\"id\": \"1\"} x"), Item.class))
                    .isInstanceOfSatisfying(HttpFailureException.class, e ->
                            assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.MALFORMED_BODY));
        }
    }

    @Test
    void a_body_of_the_wrong_shape_says_what_went_wrong_without_a_made_up_position() {
        assertThatThrownBy(() -> enveloped.decode(ok("{\"id\": {\"nested\": 1}}"), Item.class))
                .isInstanceOfSatisfying(HttpFailureException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.MALFORMED_BODY);
                    assertThat(e.failure().detail().get()).doesNotContain("line -1");
                });
        assertThatThrownBy(() -> plain.decode(ok("{\"id\": \"1\", \"name\": "), Item.class))
                .isInstanceOfSatisfying(HttpFailureException.class, e ->
                        assertThat(e.failure().detail().get()).contains("(line 1, column"));
    }

    @Test
    void empty_and_null_bodies_are_malformed_and_say_so() {
        for (VendorDecoder decoder : List.of(plain, enveloped)) {
            assertThatThrownBy(() -> decoder.decode(ok(" \n"), Item.class))
                    .isInstanceOfSatisfying(HttpFailureException.class, e ->
                            assertThat(e.failure().detail()).contains("the body was empty"));
            assertThatThrownBy(() -> decoder.decode(ok("null"), Item.class))
                    .isInstanceOfSatisfying(HttpFailureException.class, e ->
                            assertThat(e.failure().detail()).contains("the body was JSON null"));
        }
    }

    @Test
    void a_body_in_another_declared_charset_is_read_in_that_charset() throws Exception {
        Response latin1 = response("{\"id\": \"7\", \"name\": \"Ren\u00e9e\"}", StandardCharsets.ISO_8859_1,
                "application/json; charset=ISO-8859-1");

        assertThat(plain.decode(latin1, Item.class)).isEqualTo(new Item("7", "Ren\u00e9e"));
        assertThat(enveloped.decode(response("{\"id\": \"7\", \"name\": \"Ren\u00e9e\"}", StandardCharsets.ISO_8859_1,
                "application/json; charset=ISO-8859-1"), Item.class)).isEqualTo(new Item("7", "Ren\u00e9e"));
    }

    @Test
    void a_string_return_type_gets_the_raw_text_unchecked() throws Exception {
        assertThat(enveloped.decode(ok("{\"code\": 5000}"), String.class)).isEqualTo("{\"code\": 5000}");
    }

    private static Response ok(String body) {
        return response(body, StandardCharsets.UTF_8, "application/json");
    }

    private static Response response(String body, Charset charset, String contentType) {
        Map<String, Collection<String>> headers = Map.of("Content-Type", List.of(contentType));
        return Response.builder().status(200).reason("OK").headers(headers)
                .request(Request.create(Request.HttpMethod.GET, "http://vendor.invalid/items/1", Map.of(),
                        Request.Body.empty(), null))
                .body(body.getBytes(charset)).build();
    }
}
