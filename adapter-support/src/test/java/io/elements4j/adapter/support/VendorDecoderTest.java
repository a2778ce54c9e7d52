package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import io.elements4j.adapter.support.ItemsApi.Item;
import io.vavr.control.Option;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The 2xx decoder on its own: the same answers whether it has no error envelope to look for, a tree predicate alone,
 * or a tree predicate behind a screen on the bound value.
 */
class VendorDecoderTest {

    private static final Predicate<JsonNode> KLING_ENVELOPE =
            body -> body.path("code").asLong(0) != 0;
    /** Flags what the tree predicate might call an error; what does not bind goes to the tree without asking it. */
    private static final Predicate<Object> KLING_SCREEN =
            value -> !(value instanceof Coded coded) || coded.code() != null && coded.code() != 0;

    private final VendorDecoder plain = new VendorDecoder(Json.mapper(), Option.none(), Clock.systemUTC());
    private final VendorDecoder enveloped = new VendorDecoder(
            Json.mapper(), Option.some(new ErrorEnvelope(KLING_ENVELOPE, Option.none())), Clock.systemUTC());
    private final VendorDecoder screened = new VendorDecoder(
            Json.mapper(),
            Option.some(new ErrorEnvelope(KLING_ENVELOPE, Option.some(KLING_SCREEN))),
            Clock.systemUTC());
    private final List<VendorDecoder> checking = List.of(enveloped, screened);

    /** A Kling-like answer: a code and a list of items. */
    record Coded(Long code, String message, List<Item> data) {}

    @Test
    void binds_a_record_keeping_ids_above_2_to_the_53_exact_with_or_without_an_envelope_check() throws Exception {
        String body = "{\"code\": 0, \"id\": 863121023120580601, \"name\": \"Maeva\"}";

        assertThat(plain.decode(ok(body), Item.class)).isEqualTo(new Item("863121023120580601", "Maeva"));
        for (VendorDecoder decoder : checking) {
            assertThat(decoder.decode(ok(body), Item.class)).isEqualTo(new Item("863121023120580601", "Maeva"));
        }
    }

    @Test
    void an_envelope_the_screen_clears_is_bound_from_the_bytes_with_exact_ids_and_no_tree() throws Exception {
        AtomicInteger trees = new AtomicInteger();
        VendorDecoder counting = new VendorDecoder(
                Json.mapper(),
                Option.some(new ErrorEnvelope(tree -> trees.incrementAndGet() < 0, Option.some(KLING_SCREEN))),
                Clock.systemUTC());
        String body = "{\"code\": 0, \"message\": \"SUCCEED\", \"data\": [{\"id\": 863121023120580601, "
                + "\"name\": \"Maeva\"}, {\"id\": \"9223372036854775807\"}]}";

        assertThat(counting.decode(ok(body), Coded.class))
                .isEqualTo(new Coded(
                        0L,
                        "SUCCEED",
                        List.of(new Item("863121023120580601", "Maeva"), new Item("9223372036854775807", null))));
        assertThat(trees).as("tree predicate calls").hasValue(0);
    }

    @Test
    void an_id_beyond_64_bits_or_written_as_a_decimal_keeps_its_digits_when_bound_from_the_checked_tree()
            throws Exception {
        for (VendorDecoder decoder : checking) {
            assertThat(decoder.decode(ok("{\"id\": 123456789012345678901234567890}"), Item.class))
                    .isEqualTo(new Item("123456789012345678901234567890", null));
            assertThat(decoder.decode(ok("{\"id\": 1.2E3}"), Item.class)).isEqualTo(new Item("1200", null));
        }
    }

    @Test
    void an_error_envelope_becomes_a_response_failure_carrying_the_body() {
        String body = "{\"code\": 1201, \"message\": \"Task not found\"}";

        for (VendorDecoder decoder : checking) {
            for (Class<?> type : List.of(Item.class, Coded.class)) {
                assertThatThrownBy(() -> decoder.decode(ok(body), type))
                        .isInstanceOfSatisfying(HttpFailureException.class, e -> {
                            assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.RESPONSE);
                            assertThat(e.failure().status()).isEqualTo(200);
                            assertThat(e.failure().body()).isEqualTo(body);
                        });
            }
        }
    }

    @Test
    void an_error_envelope_that_does_not_fit_the_success_record_is_still_the_vendors_error_not_a_malformed_body() {
        // data of another shape: no Item is made from a string, so the envelope does not bind
        String body = "{\"code\": 1201, \"message\": \"Task not found\", \"data\": \"task 42 is gone\"}";
        assertThatThrownBy(() -> plain.decode(ok(body), Coded.class))
                .isInstanceOfSatisfying(
                        HttpFailureException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.MALFORMED_BODY));

        for (VendorDecoder decoder : checking) {
            assertThatThrownBy(() -> decoder.decode(ok(body), Coded.class))
                    .isInstanceOfSatisfying(HttpFailureException.class, e -> {
                        assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.RESPONSE);
                        assertThat(e.failure().body()).isEqualTo(body);
                    });
        }
    }

    @Test
    void a_code_sent_as_text_is_judged_by_the_tree_like_a_number() {
        String body = "{\"code\": \"1303\", \"message\": \"parallel task over resource pack limit\"}";

        for (VendorDecoder decoder : checking) {
            assertThatThrownBy(() -> decoder.decode(ok(body), Coded.class))
                    .isInstanceOfSatisfying(
                            HttpFailureException.class,
                            e -> assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.RESPONSE));
        }
    }

    @Test
    void a_body_the_screen_flags_but_the_tree_clears_is_returned_as_bound() throws Exception {
        VendorDecoder suspicious = new VendorDecoder(
                Json.mapper(),
                Option.some(new ErrorEnvelope(KLING_ENVELOPE, Option.some(value -> true))),
                Clock.systemUTC());

        assertThat(suspicious.decode(ok("{\"code\": 0, \"id\": 863121023120580601}"), Item.class))
                .isEqualTo(new Item("863121023120580601", null));
    }

    @Test
    void trailing_garbage_fails_either_way() {
        for (VendorDecoder decoder : List.of(plain, enveloped, screened)) {
            assertThatThrownBy(() -> decoder.decode(ok("{\"id\": \"1\"} x"), Item.class))
                    .isInstanceOfSatisfying(
                            HttpFailureException.class,
                            e -> assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.MALFORMED_BODY));
        }
    }

    @Test
    void a_body_that_is_not_json_is_malformed_and_says_where_whatever_the_check() {
        for (VendorDecoder decoder : List.of(plain, enveloped, screened)) {
            assertThatThrownBy(() -> decoder.decode(ok("<html>Bad gateway</html>"), Item.class))
                    .isInstanceOfSatisfying(HttpFailureException.class, e -> {
                        assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.MALFORMED_BODY);
                        assertThat(e.failure().body()).isEqualTo("<html>Bad gateway</html>");
                        assertThat(e.failure().detail().get()).contains("(line 1, column");
                    });
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
                .isInstanceOfSatisfying(
                        HttpFailureException.class,
                        e -> assertThat(e.failure().detail().get()).contains("(line 1, column"));
    }

    @Test
    void behind_a_screen_a_body_of_the_wrong_shape_that_is_no_error_says_where_binding_stopped() {
        assertThatThrownBy(() -> screened.decode(ok("{\"code\": 0, \"id\": {\"nested\": 1}}"), Item.class))
                .isInstanceOfSatisfying(HttpFailureException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(HttpFailure.Kind.MALFORMED_BODY);
                    assertThat(e.failure().detail().get()).contains("(line 1, column");
                });
    }

    @Test
    void empty_and_null_bodies_are_malformed_and_say_so() {
        for (VendorDecoder decoder : List.of(plain, enveloped, screened)) {
            assertThatThrownBy(() -> decoder.decode(ok(" \n"), Item.class))
                    .isInstanceOfSatisfying(
                            HttpFailureException.class,
                            e -> assertThat(e.failure().detail()).contains("the body was empty"));
            assertThatThrownBy(() -> decoder.decode(ok("null"), Item.class))
                    .isInstanceOfSatisfying(
                            HttpFailureException.class,
                            e -> assertThat(e.failure().detail()).contains("the body was JSON null"));
        }
    }

    @Test
    void a_body_in_another_declared_charset_is_read_in_that_charset() throws Exception {
        for (VendorDecoder decoder : List.of(plain, enveloped, screened)) {
            Response latin1 = response(
                    "{\"id\": \"7\", \"name\": \"Ren\u00e9e\"}",
                    StandardCharsets.ISO_8859_1,
                    "application/json; charset=ISO-8859-1");

            assertThat(decoder.decode(latin1, Item.class)).isEqualTo(new Item("7", "Ren\u00e9e"));
        }
        String error = "{\"code\": 1201, \"message\": \"T\u00e2che introuvable\"}";
        assertThatThrownBy(() -> screened.decode(
                        response(error, StandardCharsets.ISO_8859_1, "application/json; charset=ISO-8859-1"),
                        Coded.class))
                .isInstanceOfSatisfying(
                        HttpFailureException.class,
                        e -> assertThat(e.failure().body()).isEqualTo(error));
    }

    @Test
    void a_content_type_feign_could_not_read_still_decodes() throws Exception {
        // Feign's own Response.charset() threw on both: a space around '=', a name this JVM does not know
        for (String contentType : List.of("application/json; charset = utf-8", "application/json; charset=x-none")) {
            for (VendorDecoder decoder : List.of(plain, enveloped, screened)) {
                Response answer =
                        response("{\"id\": \"7\", \"name\": \"Ren\u00e9e\"}", StandardCharsets.UTF_8, contentType);

                assertThat(decoder.decode(answer, Item.class)).as(contentType).isEqualTo(new Item("7", "Ren\u00e9e"));
            }
        }
    }

    @Test
    void a_string_return_type_gets_the_raw_text_unchecked() throws Exception {
        for (VendorDecoder decoder : checking) {
            assertThat(decoder.decode(ok("{\"code\": 5000}"), String.class)).isEqualTo("{\"code\": 5000}");
        }
    }

    private static Response ok(String body) {
        return response(body, StandardCharsets.UTF_8, "application/json");
    }

    private static Response response(String body, Charset charset, String contentType) {
        Map<String, Collection<String>> headers = Map.of("Content-Type", List.of(contentType));
        return Response.builder()
                .status(200)
                .reason("OK")
                .headers(headers)
                .request(Request.create(
                        Request.HttpMethod.GET, "http://vendor.invalid/items/1", Map.of(), Request.Body.empty(), null))
                .body(body.getBytes(charset))
                .build();
    }

    /** An interface of three answers, two of them records to read. */
    interface Answers {
        @RequestLine("GET /one")
        Wrapped<Answer> one();

        @RequestLine("GET /many")
        java.util.List<Answer> many();

        @RequestLine("GET /raw")
        String raw();

        @RequestLine("GET /broken")
        Unreadable broken();
    }

    record Answer(String id) {}

    record Wrapped<T>(T data) {}

    /** Two constructors that both claim to make it: no reader can be built for it. */
    static final class Unreadable {
        @com.fasterxml.jackson.annotation.JsonCreator
        Unreadable(@com.fasterxml.jackson.annotation.JsonProperty("a") String a) {}

        @com.fasterxml.jackson.annotation.JsonCreator
        Unreadable(@com.fasterxml.jackson.annotation.JsonProperty("b") Integer b) {}
    }

    /** A mapper that says which root readers it holds. */
    static final class Inspectable extends com.fasterxml.jackson.databind.ObjectMapper {
        boolean holdsReaderOf(java.lang.reflect.Type type) {
            return _rootDeserializers.containsKey(constructType(type));
        }
    }

    @Test
    void prepare_builds_the_reader_of_every_answer_to_read_ahead_of_the_first_answer_and_never_throws()
            throws NoSuchMethodException {
        Inspectable mapper = new Inspectable();

        VendorDecoder.prepare(mapper, Answers.class);

        assertThat(mapper.holdsReaderOf(Answers.class.getMethod("one").getGenericReturnType()))
                .isTrue();
        assertThat(mapper.holdsReaderOf(Answers.class.getMethod("many").getGenericReturnType()))
                .isTrue();
        assertThat(mapper.holdsReaderOf(String.class))
                .as("a raw body is read as text")
                .isFalse();
        assertThat(mapper.holdsReaderOf(Unreadable.class))
                .as("left for its first answer to report")
                .isFalse();
    }
}
