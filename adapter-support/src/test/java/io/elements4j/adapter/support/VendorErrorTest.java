package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.testkit.VirtualTime;
import org.junit.jupiter.api.Test;

class VendorErrorTest {

    private static VendorError guess(String body, Headers headers) {
        return VendorError.guess(HttpFailure.response(
                400, headers, body, VirtualTime.startingNow().clock()));
    }

    private static VendorError guess(String body) {
        return guess(body, Headers.none());
    }

    @Test
    void reads_klings_envelope() {
        assertThat(
                        guess(
                                "{\"code\": 1303, \"message\": \"parallel task over resource pack limit\", \"request_id\": \"9984d27b\"}"))
                .isEqualTo(VendorError.of("1303", "parallel task over resource pack limit", "9984d27b"));
    }

    @Test
    void reads_useapis_envelope() {
        assertThat(guess("{\"error\": \"Subscription required\", \"code\": 402}"))
                .isEqualTo(VendorError.of("402", "Subscription required", null));
    }

    @Test
    void reads_evolinks_envelope() {
        assertThat(
                        guess(
                                "{\"error\": {\"code\": \"insufficient_quota\", \"message\": \"Quota exceeded\", \"type\": \"insufficient_quota\"}}"))
                .isEqualTo(VendorError.of("insufficient_quota", "Quota exceeded", null));
    }

    @Test
    void reads_queue_style_details_as_a_string_or_a_list() {
        assertThat(guess("{\"detail\": \"Request timed out\", \"error_type\": \"request_timeout\"}"))
                .isEqualTo(VendorError.of("request_timeout", "Request timed out", null));
        assertThat(guess("{\"detail\": [{\"loc\": [\"body\", \"prompt\"], \"msg\": \"field required\"}]}")
                        .message())
                .contains("field required");
    }

    @Test
    void takes_the_request_id_from_a_header_when_the_body_has_none() {
        assertThat(guess("not json", Headers.of("X-Request-Id", "hdr-1")))
                .isEqualTo(VendorError.of(null, null, "hdr-1"));
    }

    @Test
    void keeps_a_long_or_multi_line_message_on_one_bounded_line() {
        VendorError said = guess("{\"message\": \"line one\\n   line two " + "y".repeat(1000) + "\"}");

        assertThat(said.message().get())
                .startsWith("line one line two y")
                .hasSize(501)
                .endsWith("…");
    }
}
