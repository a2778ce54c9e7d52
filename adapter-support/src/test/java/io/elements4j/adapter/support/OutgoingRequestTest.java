package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a signer is shown, and that it costs nothing it does not read. */
class OutgoingRequestTest {

    @Test
    void the_headers_are_copied_only_when_a_signer_reads_them_and_then_once() {
        AtomicInteger copies = new AtomicInteger();
        OutgoingRequest request = OutgoingRequest.lazy(
                "POST",
                "https://api.example.com/v1/elements?page=2",
                () -> {
                    copies.incrementAndGet();
                    return Headers.of("X-Api-Key", "k");
                },
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.bodyText()).isEqualTo("{}");
        assertThat(copies).hasValue(0);

        assertThat(request.headers().first("x-api-key")).contains("k");
        assertThat(request.headers().first("X-API-KEY")).contains("k");
        assertThat(copies).hasValue(1);
    }

    @Test
    void the_url_is_parsed_when_first_read() {
        OutgoingRequest request =
                OutgoingRequest.lazy("GET", "https://api.example.com/v1/kling/elements?page=2", Headers::none, null);

        assertThat(request.uri().getHost()).isEqualTo("api.example.com");
        assertThat(request.pathWithQuery()).isEqualTo("/v1/kling/elements?page=2");
        assertThat(request).hasToString("GET /v1/kling/elements");
        assertThat(request.body()).isEmpty();
    }

    @Test
    void a_request_built_for_a_signers_tests_checks_its_url_at_once() {
        assertThatThrownBy(() -> OutgoingRequest.of("GET", "https://bad host/", Headers.none(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
