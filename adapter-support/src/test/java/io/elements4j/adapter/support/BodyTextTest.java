package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A body's charset comes from its {@code Content-Type}, read leniently: UTF-8, JSON's, unless it names another. */
class BodyTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json                                 | UTF-8",
                "application/json; charset=utf-8                  | UTF-8",
                "application/json;charset=UTF-8                   | UTF-8",
                "application/json; charset=\"utf-8\"              | UTF-8",
                "application/json; charset=ISO-8859-1             | ISO-8859-1",
                "text/html; charset=utf-16                        | UTF-16",
                "text/html; charset=\"windows-1252\"              | windows-1252",
                "application/json; charset=utf-8; version=2       | UTF-8",
                // Feign's own reading looks only at the first parameter, and throws on these two
                "multipart/mixed; boundary=x; charset=iso-8859-1  | ISO-8859-1",
                "application/json; CHARSET = utf-16               | UTF-16",
                // a name this JVM does not know is no reason to refuse a JSON body
                "application/json; charset=no-such-charset        | UTF-8",
                "application/json; charset=                       | UTF-8",
            })
    void reads_the_named_charset(String contentType, String expected) {
        Response response = responseWith(Map.of("Content-Type", List.of(contentType)));

        assertThat(BodyText.charset(response)).as(contentType).isEqualTo(Charset.forName(expected));
    }

    @Test
    void the_header_name_is_matched_in_any_case() {
        Response response = responseWith(Map.of("content-type", List.of("application/json; charset=ISO-8859-1")));

        assertThat(BodyText.charset(response)).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void json_without_a_content_type_is_utf8() {
        assertThat(BodyText.charset(responseWith(Map.of()))).isEqualTo(StandardCharsets.UTF_8);
    }

    private static Response responseWith(Map<String, Collection<String>> headers) {
        return Response.builder()
                .status(200)
                .request(Request.create(
                        Request.HttpMethod.GET,
                        "http://127.0.0.1/x",
                        Map.of(),
                        (byte[]) null,
                        StandardCharsets.UTF_8,
                        null))
                .headers(headers)
                .body(new byte[0])
                .build();
    }
}
