package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.testkit.VirtualTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpFailureTest {

    private final Clock clock =
            VirtualTime.startingAt(Instant.parse("2015-10-21T07:28:00Z")).clock();

    private HttpFailure answered(Headers headers) {
        return HttpFailure.response(429, headers, "", clock);
    }

    @Test
    void reads_retry_after_given_in_seconds() {
        assertThat(answered(Headers.of("Retry-After", "3")).retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void reads_retry_after_given_as_an_http_date_against_the_injected_clock() {
        assertThat(answered(Headers.of("Retry-After", "Wed, 21 Oct 2015 07:28:45 GMT"))
                        .retryAfter())
                .contains(Duration.ofSeconds(45));
    }

    @Test
    void a_retry_after_date_in_the_past_means_now() {
        assertThat(answered(Headers.of("retry-after", "Wed, 21 Oct 2015 07:00:00 GMT"))
                        .retryAfter())
                .contains(Duration.ZERO);
    }

    @Test
    void reads_the_millisecond_variant_some_gateways_send() {
        assertThat(answered(Headers.of("retry-after-ms", "1500")).retryAfter()).contains(Duration.ofMillis(1500));
    }

    @Test
    void an_unreadable_or_missing_retry_after_is_simply_absent() {
        assertThat(answered(Headers.of("Retry-After", "soon")).retryAfter()).isEmpty();
        assertThat(answered(Headers.of("Retry-After", "-5")).retryAfter()).isEmpty();
        assertThat(answered(Headers.none()).retryAfter()).isEmpty();
    }

    @Test
    void looks_up_headers_without_regard_to_case() {
        Headers headers = Headers.of(Map.of("X-Request-Id", List.of("abc"), "content-type", List.of("text/html")));

        assertThat(headers.first("x-request-id")).contains("abc");
        assertThat(headers.first("Content-Type")).contains("text/html");
        assertThat(headers.all("missing")).isEmpty();
    }

    @Test
    void headers_print_with_sensitive_values_masked() {
        Headers headers = Headers.of(Map.of("Set-Cookie", List.of("sid=secret"), "X-Request-Id", List.of("abc")));

        assertThat(headers.toString())
                .contains("Set-Cookie: ****", "X-Request-Id: abc")
                .doesNotContain("sid=secret");
    }

    @Test
    void keeps_no_more_than_64_kilobytes_of_body() {
        HttpFailure huge = HttpFailure.response(502, Headers.none(), "x".repeat(1_000_000), clock);

        assertThat(huge.body()).hasSize(HttpFailure.MAX_BODY_CHARS);
    }

    @Test
    void says_whether_a_response_arrived() {
        assertThat(HttpFailure.connectFailed("refused").describeStatus()).isEqualTo("no response");
        assertThat(HttpFailure.connectFailed("refused").hasResponse()).isFalse();
        assertThat(answered(Headers.none()).describeStatus()).isEqualTo("HTTP 429");
    }
}
