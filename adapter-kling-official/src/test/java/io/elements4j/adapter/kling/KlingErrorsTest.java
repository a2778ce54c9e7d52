package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.adapter.kling.internal.KlingErrors;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.Headers;
import io.elements4j.adapter.support.HttpFailure;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.Conflict;
import io.elements4j.domain.error.ElementsError.Forbidden;
import io.elements4j.domain.error.ElementsError.InsufficientCredits;
import io.elements4j.domain.error.ElementsError.InvalidRequest;
import io.elements4j.domain.error.ElementsError.NotFound;
import io.elements4j.domain.error.ElementsError.PolicyRejected;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.domain.error.ElementsError.Unauthorized;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Kling's error table (see docs/vendors.md), row by row: classified by the business code, request id kept. */
class KlingErrorsTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    final KlingErrors errors = new KlingErrors();

    static HttpFailure answer(int status, int code, String message) {
        return answer(status, code, message, Headers.none());
    }

    static HttpFailure answer(int status, int code, String message, Headers headers) {
        return HttpFailure.response(
                status,
                headers,
                "{\"code\": " + code + ", \"message\": \"" + message
                        + "\", \"request_id\": \"9984d27b-a408-4073-ae28-17ca6a13622d\"}",
                CLOCK);
    }

    /** Every row of the table: HTTP status, code, the error it is, whether a read may be retried. */
    static Stream<Arguments> the_error_table() {
        return Stream.of(
                Arguments.of(401, 1000, Unauthorized.class, false),
                Arguments.of(401, 1001, Unauthorized.class, false),
                Arguments.of(401, 1002, Unauthorized.class, false),
                Arguments.of(401, 1003, Unauthorized.class, false),
                Arguments.of(401, 1004, Unauthorized.class, false),
                Arguments.of(429, 1100, InsufficientCredits.class, false),
                Arguments.of(429, 1101, InsufficientCredits.class, false),
                Arguments.of(429, 1102, InsufficientCredits.class, false),
                Arguments.of(403, 1103, Forbidden.class, false),
                Arguments.of(400, 1200, InvalidRequest.class, false),
                Arguments.of(400, 1201, InvalidRequest.class, false),
                Arguments.of(404, 1202, NotFound.class, false),
                Arguments.of(404, 1203, NotFound.class, false),
                Arguments.of(400, 1300, PolicyRejected.class, false),
                Arguments.of(400, 1301, PolicyRejected.class, false),
                Arguments.of(429, 1302, RateLimited.class, true),
                Arguments.of(429, 1303, RateLimited.class, true),
                Arguments.of(429, 1304, PolicyRejected.class, false),
                Arguments.of(500, 5000, ProviderFailure.class, true),
                Arguments.of(503, 5001, ProviderFailure.class, true),
                Arguments.of(504, 5002, ProviderFailure.class, true));
    }

    @ParameterizedTest(name = "HTTP {0} / code {1} → {2}")
    @MethodSource("the_error_table")
    void maps_each_kling_code_as_documented_keeping_code_message_and_request_id(
            int status, int code, Class<?> expected, boolean retryable) {
        ElementsError error = errors.classify(answer(status, code, "what Kling said"), CallKind.READ);

        assertThat(error).isInstanceOf(expected);
        assertThat(error.vendorCode()).contains(Integer.toString(code));
        assertThat(error.requestId()).contains("9984d27b-a408-4073-ae28-17ca6a13622d");
        assertThat(error.message()).contains("what Kling said").contains("9984d27b-a408-4073-ae28-17ca6a13622d");
        assertThat(error.retryable()).isEqualTo(retryable);
    }

    @ParameterizedTest(name = "HTTP {0} / code {1} → {2}")
    @MethodSource("the_error_table")
    void the_same_code_in_an_http_200_means_the_same(int status, int code, Class<?> expected, boolean retryable) {
        assertThat(errors.classify(answer(200, code, "what Kling said"), CallKind.READ))
                .isInstanceOf(expected);
    }

    @Test
    void maps_kling_code_1102_to_insufficient_credits_though_the_status_is_429() {
        assertThat(errors.classify(answer(429, 1102, "resource pack exhausted"), CallKind.CREATE))
                .isInstanceOf(InsufficientCredits.class);
    }

    @ParameterizedTest(name = "{0} / {1}: ambiguous for a create = {2}")
    @CsvSource({"500, 5000, true", "504, 5002, true", "503, 5001, false"})
    void server_codes_5000_and_5002_leave_a_create_ambiguous_and_5001_does_not(
            int status, int code, boolean ambiguous) {
        ProviderFailure create = (ProviderFailure) errors.classify(answer(status, code, "x"), CallKind.CREATE);
        ProviderFailure read = (ProviderFailure) errors.classify(answer(status, code, "x"), CallKind.READ);

        assertThat(create.ambiguous()).isEqualTo(ambiguous);
        assertThat(create.retryable()).isTrue();
        assertThat(read.ambiguous()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Task not found by id: 930810160078651476",
                "Task not found by external id",
                "Element not found by id: 12",
                "element does not exist",
                "Element already deleted: 12"
            })
    void the_not_found_variants_of_1201_are_not_found(String message) {
        assertThat(errors.classify(answer(400, 1201, message), CallKind.READ)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_duplicate_external_task_id_is_a_conflict() {
        assertThat(errors.classify(answer(400, 1201, "external_task_id already exists"), CallKind.CREATE))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void a_rate_limit_keeps_the_retry_after() {
        RateLimited limited = (RateLimited)
                errors.classify(answer(429, 1302, "slow down", Headers.of("Retry-After", "7")), CallKind.READ);

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void a_rate_limit_says_which_of_klings_limits_was_hit() {
        RateLimited rate =
                (RateLimited) errors.classify(answer(429, 1302, "request rate limit exceeded"), CallKind.CREATE);
        RateLimited parallel = (RateLimited)
                errors.classify(answer(429, 1303, "parallel task over resource pack limit"), CallKind.CREATE);

        assertThat(rate.limit()).contains(RateLimited.Limit.REQUEST_RATE);
        assertThat(parallel.limit()).contains(RateLimited.Limit.PARALLEL_TASKS);
    }

    @Test
    void an_unknown_code_falls_back_to_the_http_status() {
        assertThat(errors.classify(answer(403, 1999, "new rule"), CallKind.READ))
                .isInstanceOf(Forbidden.class);
        assertThat(errors.classify(answer(200, 1999, "new rule"), CallKind.READ))
                .isInstanceOf(ProviderFailure.class);
    }

    @Test
    void a_body_without_kling_envelope_is_classified_by_status() {
        HttpFailure html = HttpFailure.response(502, Headers.none(), "<html>Bad gateway</html>", CLOCK);

        assertThat(errors.classify(html, CallKind.READ))
                .isInstanceOfSatisfying(
                        ProviderFailure.class, f -> assertThat(f.retryable()).isTrue());
    }

    @Test
    void an_http_200_with_a_nonzero_code_reaches_the_caller_as_that_error() {
        kit.vendor().injectFault(Operation.LIST, Fault.status(200, "1103", "no permission for this API"), 1);

        ElementsError error =
                kit.client().list(ElementFilter.all(), PageRequest.first(10)).getLeft();

        assertThat(error).isInstanceOf(Forbidden.class);
        assertThat(error.vendorCode()).contains("1103");
        assertThat(error.requestId()).isNotEmpty();
        assertThat(error.message()).contains("no permission for this API");
    }
}
