package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Option;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** RFC 9457 problems read into the vendor's code, message and request id, and mapped to the domain's errors. */
class ProblemJsonErrorsTest {

    private static final String POLICY = "https://api.acme.example/problems/content-policy";

    private final ProblemJsonErrors errors =
            ProblemJsonErrors.forVendor("Acme").type(POLICY, DefaultErrorClassification::policyRejected);

    private static HttpFailure problem(int status, String contentType, String body) {
        return HttpFailure.response(status, Headers.of("Content-Type", contentType), body, Clock.systemUTC());
    }

    @Test
    void a_mapped_type_is_its_error_with_title_detail_type_and_request_id_in_the_message() {
        ElementsError error = errors.classify(
                problem(
                        400,
                        "application/problem+json; charset=utf-8",
                        "{\"type\": \"" + POLICY + "\", \"title\": \"Refused by content policy\", \"status\": 400, "
                                + "\"detail\": \"the frontal image shows a weapon\", \"traceId\": \"00-abc-01\"}"),
                CallKind.CREATE);

        assertThat(error).isInstanceOf(ElementsError.PolicyRejected.class);
        assertThat(error.message())
                .contains("Refused by content policy: the frontal image shows a weapon")
                .contains("code " + POLICY)
                .contains("[request id 00-abc-01]");
        assertThat(error.vendorCode()).contains(POLICY);
    }

    @Test
    void an_unmapped_type_is_mapped_by_its_status() {
        ElementsError error = errors.classify(
                problem(
                        402,
                        "application/problem+json",
                        "{\"type\": \"https://api.acme.example/problems/credits\", \"title\": \"Out of credits\"}"),
                CallKind.CREATE);

        assertThat(error).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(error.message()).contains("Out of credits");
    }

    @Test
    void a_5xx_keeps_its_status_meaning_so_a_create_stays_ambiguous() {
        ElementsError error = errors.classify(
                problem(500, "application/problem+json", "{\"type\": \"" + POLICY + "\", \"title\": \"Internal\"}"),
                CallKind.CREATE);

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.ambiguous()).isTrue());
    }

    @Test
    void about_blank_is_no_code_and_a_detail_alone_is_the_message() {
        VendorError said = VendorError.guess(problem(
                404,
                "application/problem+json",
                "{\"type\": \"about:blank\", \"status\": 404, \"detail\": \"no character chr_9\"}"));

        assertThat(said.code()).isEmpty();
        assertThat(said.message()).contains("no character chr_9");
    }

    @Test
    void a_problem_sent_as_plain_json_is_read_when_its_status_is_the_responses() {
        assertThat(ProblemDetails.of(
                                problem(409, "application/json", "{\"title\": \"Already deleted\", \"status\": 409}"))
                        .map(ProblemDetails::title))
                .contains(Option.some("Already deleted"));
        assertThat(ProblemDetails.of(
                        problem(409, "application/json", "{\"title\": \"Already deleted\", \"status\": 200}")))
                .as("a status that is not the response's")
                .isEmpty();
        assertThat(ProblemDetails.of(
                        problem(400, "application/json", "{\"error\": {\"type\": \"invalid\", \"message\": \"bad\"}}")))
                .as("another envelope")
                .isEmpty();
    }

    @Test
    void every_adapter_reading_envelopes_by_guess_reads_a_problem_too() {
        VendorError said = VendorError.guess(problem(
                429,
                "application/problem+json",
                "{\"type\": \"https://gw.example/rate\", \"title\": \"Too many requests\", \"request_id\": \"r-1\"}"));

        assertThat(said).isEqualTo(VendorError.of("https://gw.example/rate", "Too many requests", "r-1"));
    }
}
