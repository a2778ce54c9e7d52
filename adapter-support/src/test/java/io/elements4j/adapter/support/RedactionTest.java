package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.ports.spi.Secret;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private final Redaction redaction = Redaction.of(Secret.of("sk-live-0123456789"));

    @Test
    void masks_a_known_secret_wherever_it_appears() {
        assertThat(redaction.text("key sk-live-0123456789 was rejected (sk-live-0123456789)"))
                .isEqualTo("key **** was rejected (****)");
    }

    @Test
    void masks_bearer_tokens_and_jwts_it_was_never_told_about() {
        assertThat(Redaction.patternsOnly().text("sent Bearer abc.def-ghi and eyJhbGciOi.eyJzdWIiOi.sig_nature"))
                .isEqualTo("sent Bearer **** and ****");
    }

    @Test
    void masks_basic_credentials_but_not_the_word_basic() {
        assertThat(Redaction.patternsOnly().text("Basic dXNlcjpwYXNz used; Basic plan required"))
                .isEqualTo("Basic **** used; Basic plan required");
    }

    @Test
    void masks_json_fields_and_query_parameters_named_like_credentials() {
        assertThat(
                        Redaction.patternsOnly()
                                .text(
                                        "{\"api_key\": \"abc\", \"accessToken\":\"x\\\"y\", \"client_secret\": \"s\", \"resourceKey\": \"cover\"}"))
                .isEqualTo("{\"api_key\": \"****\", \"accessToken\":\"****\", \"client_secret\": \"****\","
                        + " \"resourceKey\": \"cover\"}");
        assertThat(Redaction.patternsOnly().text("GET /v1?email=a@b.c&token=t0k3n&api-key=k#frag"))
                .isEqualTo("GET /v1?email=a@b.c&token=****&api-key=****#frag");
    }

    @Test
    void masks_the_value_of_sensitive_header_lines() {
        assertThat(Redaction.patternsOnly().text("[Api#get] X-Api-Key: abc\n[Api#get] Accept: application/json"))
                .isEqualTo("[Api#get] X-Api-Key: ****\n[Api#get] Accept: application/json");
    }

    @Test
    void leaves_ordinary_vendor_messages_alone() {
        String message = "Task not found by id 863121023120580607; element_name too long (max 20); Token expired";

        assertThat(redaction.text(message)).isEqualTo(message);
    }

    /** A failure's body is redacted once, when it is classified, and shown as it is afterwards: that must be all. */
    @Test
    void redacting_a_redacted_text_changes_nothing() {
        String text = "key sk-live-0123456789; Authorization: Bearer abc.def-ghi; Basic dXNlcjpwYXNz; "
                + "eyJhbGciOi.eyJzdWIiOi.sig_nature {\"api_key\": \"abc\", \"token\":\"x\\\"y\"} "
                + "GET /v1?token=t0k3n&api-key=k#frag\n[Api#get] X-Api-Key: abc\nBasic plan required";
        String once = redaction.text(text);

        assertThat(once).doesNotContain("sk-live-0123456789", "abc.def", "dXNlcjpwYXNz", "t0k3n", "sig_nature");
        assertThat(redaction.text(once)).isEqualTo(once);
    }

    @Test
    void knows_which_headers_carry_credentials() {
        assertThat(Redaction.isSensitiveHeader("Authorization")).isTrue();
        assertThat(Redaction.isSensitiveHeader("x-api-key")).isTrue();
        assertThat(Redaction.isSensitiveHeader("webhook-signature")).isTrue();
        assertThat(Redaction.isSensitiveHeader("Cookie")).isTrue();
        assertThat(Redaction.isSensitiveHeader("Content-Type")).isFalse();
        assertThat(Redaction.isSensitiveHeader("Retry-After")).isFalse();
        assertThat(Redaction.headerValue("Authorization", "Bearer x")).isEqualTo("****");
        assertThat(Redaction.headerValue("Accept", "application/json")).isEqualTo("application/json");
    }

    @Test
    void does_not_mask_secrets_too_short_to_mask_safely() {
        assertThat(Redaction.of(Secret.of("ab")).text("about")).isEqualTo("about");
    }
}
