package io.elements4j.ports.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.draft.IdempotencyKey;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A draft's callback URL names it, and only it; what comes back is read without trusting it. */
class DraftKeysTest {

    private static final IdempotencyKey KEY = IdempotencyKey.of("e4j-3f9a:1");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://h.example/cb|https://h.example/cb?elements4j-draft=e4j-3f9a:1",
                "https://h.example/cb?a=1&b=2|https://h.example/cb?a=1&b=2&elements4j-draft=e4j-3f9a:1",
                "https://h.example/cb?elements4j-draft=old&a=1|https://h.example/cb?a=1&elements4j-draft=e4j-3f9a:1",
                "https://h.example/cb?a=1#top|https://h.example/cb?a=1&elements4j-draft=e4j-3f9a:1#top",
                "http://127.0.0.1:8080/cb?|http://127.0.0.1:8080/cb?elements4j-draft=e4j-3f9a:1"
            })
    void adds_the_key_keeping_the_rest_of_the_url(String given, String expected) {
        assertThat(DraftKeys.inUrl(given, KEY)).isEqualTo(expected);
        assertThat(DraftKeys.fromUrl(Option.some(expected))).isEqualTo(Either.right(Option.some(KEY)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/cb", "/cb?a=1", "https://h.example/cb#elements4j-draft=x", "/cb?elements4j-draftx=1"})
    void a_url_without_the_parameter_names_no_draft(String url) {
        assertThat(DraftKeys.fromUrl(Option.some(url))).isEqualTo(Either.right(Option.none()));
        assertThat(DraftKeys.fromUrl(Option.none())).isEqualTo(Either.right(Option.none()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/cb?elements4j-draft=",
                "/cb?elements4j-draft=a%20b",
                "/cb?elements4j-draft=a&elements4j-draft=b",
                "/cb?elements4j-draft=%zz"
            })
    void a_parameter_that_is_not_one_key_is_refused_without_quoting_it(String url) {
        Either<String, Option<IdempotencyKey>> read = DraftKeys.fromUrl(Option.some(url));

        assertThat(read.getLeft()).contains(DraftKeys.PARAMETER).doesNotContain("a b");
    }

    @org.junit.jupiter.api.Test
    void a_megabyte_parameter_is_refused_unread() {
        String url = "/cb?elements4j-draft=" + "k".repeat(1 << 20);

        assertThat(DraftKeys.fromUrl(Option.some(url)).isLeft()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void a_percent_encoded_key_is_read_as_the_key() {
        assertThat(DraftKeys.fromUrl(Option.some("/cb?elements4j-draft=e4j-3f9a%3A1")))
                .isEqualTo(Either.right(Option.some(KEY)));
    }
}
