package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.InvalidRequest;
import io.elements4j.domain.error.ElementsError.NotFound;
import io.elements4j.domain.error.ElementsError.PolicyRejected;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.testkit.VirtualTime;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DefaultErrorClassificationTest {

    private final Clock clock = VirtualTime.startingNow().clock();
    private final DefaultErrorClassification kling = DefaultErrorClassification.forVendor("Kling");

    private HttpFailure status(int status, String body) {
        return HttpFailure.response(status, Headers.none(), body, clock);
    }

    private ElementsError classify(HttpFailure failure, CallKind call) {
        return ErrorClassifier.byStatus("Kling").classify(failure, call);
    }

    @Test
    void a_message_names_the_vendor_the_status_its_code_its_words_and_its_request_id() {
        ElementsError error = classify(
                status(
                        400,
                        "{\"code\": 1201, \"message\": \"element_name is too long\","
                                + " \"request_id\": \"9984d27b\"}"),
                CallKind.CREATE);

        assertThat(error).isInstanceOf(InvalidRequest.class);
        assertThat(error.message())
                .isEqualTo(
                        "Kling rejected the request as invalid (HTTP 400, code 1201): element_name is too long [request id 9984d27b]");
        assertThat(error.vendorCode()).contains("1201");
        assertThat(error.requestId()).contains("9984d27b");
    }

    @Test
    void a_rate_limit_carries_the_vendors_retry_after() {
        HttpFailure limited = HttpFailure.response(429, Headers.of("Retry-After", "7"), "", clock);

        ElementsError error = classify(limited, CallKind.READ);

        assertThat(error)
                .isInstanceOfSatisfying(
                        RateLimited.class, r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(7)));
        assertThat(error.message()).isEqualTo("Kling is limiting requests (HTTP 429); it asked to wait 7 s");
    }

    @Test
    void a_server_error_on_a_create_may_have_been_accepted_but_on_a_read_it_is_plain() {
        ProviderFailure create = (ProviderFailure) classify(status(500, ""), CallKind.CREATE);
        ProviderFailure read = (ProviderFailure) classify(status(500, ""), CallKind.READ);
        ProviderFailure gateway = (ProviderFailure) classify(status(504, ""), CallKind.CREATE);

        assertThat(create.ambiguous()).isTrue();
        assertThat(create.retryable()).isTrue();
        assertThat(gateway.ambiguous()).isTrue();
        assertThat(read.ambiguous()).isFalse();
        assertThat(read.retryable()).isTrue();
    }

    @Test
    void unavailable_means_turned_away_so_even_a_create_is_not_ambiguous() {
        ProviderFailure failure = (ProviderFailure) classify(status(503, ""), CallKind.CREATE);

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.ambiguous()).isFalse();
    }

    @Test
    void no_connection_is_retryable_and_never_ambiguous() {
        ProviderFailure failure =
                (ProviderFailure) classify(HttpFailure.connectFailed("ConnectException"), CallKind.CREATE);

        assertThat(failure)
                .isEqualTo(ProviderFailure.retryable(
                        "Kling could not be reached: ConnectException", 0, Option.none(), Option.none()));
    }

    @Test
    void a_connection_broken_after_sending_leaves_only_a_create_ambiguous() {
        HttpFailure reset = HttpFailure.ioAfterSend(0, "IOException: Connection reset");

        assertThat(((ProviderFailure) classify(reset, CallKind.CREATE)).ambiguous())
                .isTrue();
        assertThat(((ProviderFailure) classify(reset, CallKind.DELETE)).ambiguous())
                .isFalse();
        assertThat(classify(reset, CallKind.READ).retryable()).isTrue();
    }

    @Test
    void an_unreadable_2xx_is_not_retried_and_a_create_behind_it_was_probably_accepted() {
        HttpFailure garbled = HttpFailure.malformedBody(200, Headers.of("X-Request-Id", "r-9"), "{", "end of input");

        ProviderFailure create = (ProviderFailure) classify(garbled, CallKind.CREATE);

        assertThat(create.retryable()).isFalse();
        assertThat(create.ambiguous()).isTrue();
        assertThat(create.requestId()).contains("r-9");
        assertThat(create.message())
                .startsWith("the response from Kling could not be read (HTTP 200): end of input [request id r-9]");
    }

    @Test
    void a_body_without_a_message_is_quoted_briefly() {
        ElementsError error =
                classify(status(502, "<html>\n  <h1>Bad Gateway</h1>\n" + "x".repeat(500) + "</html>"), CallKind.READ);

        assertThat(error.message())
                .startsWith("Kling failed to handle the request (HTTP 502): body: <html> <h1>Bad Gateway</h1> x")
                .hasSizeLessThan(300);
    }

    @Test
    void gone_is_not_found_and_other_client_errors_are_final() {
        assertThat(classify(status(410, ""), CallKind.READ)).isInstanceOf(NotFound.class);
        assertThat(classify(status(405, ""), CallKind.READ))
                .isInstanceOfSatisfying(
                        ProviderFailure.class, f -> assertThat(f.retryable()).isFalse());
        assertThat(classify(status(501, ""), CallKind.READ).retryable()).isFalse();
    }

    @Test
    void vendor_classifiers_reach_for_the_building_blocks_for_their_own_codes() {
        HttpFailure moderated = status(400, "{\"code\": 1301, \"message\": \"content safety\", \"request_id\": \"r\"}");
        VendorError said = VendorError.guess(moderated);

        PolicyRejected rejected = kling.policyRejected(moderated, said);

        assertThat(rejected.message())
                .isEqualTo(
                        "Kling refused the request under its content or platform policy (HTTP 400, code 1301): content safety [request id r]");
    }
}
