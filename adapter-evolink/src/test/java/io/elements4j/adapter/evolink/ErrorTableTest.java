package io.elements4j.adapter.evolink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.testkit.VirtualTime;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evolink's error table (Evolink's element docs), each golden error body mapped to its {@link ElementsError}; and
 * what is retried: reads on 429 and 5xx, a create only when it was proven not accepted (429), never after a 5xx,
 * a reset or a timeout.
 */
class ErrorTableTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    @RegisterExtension
    static final StubbedEvolink evolink = new StubbedEvolink();

    final VirtualTime time = kit.time();
    final VendorClient client = evolink.client(kit);

    private Either<ElementsError, CreationTask> create() {
        return client.submit(kit.drafts().image("Courier").build());
    }

    private Either<ElementsError, CreationTask> read() {
        return client.task(CreationTaskId.of(StubbedEvolink.TASK_ID));
    }

    @ParameterizedTest(name = "HTTP {0} {1} on a create is {2}")
    @CsvSource({
        "400, invalid_request,          InvalidRequest,      Invalid request parameters",
        "400, content_policy_violation, PolicyRejected,      Content policy violation. Your request was blocked by safety filters",
        "401, unauthorized,             Unauthorized,        Invalid or expired token",
        "402, insufficient_quota,       InsufficientCredits, Insufficient quota. Please top up your account.",
        "403, model_access_denied,      Forbidden,           'Token does not have access to model: kling-custom-element'",
        "429, rate_limit_exceeded,      RateLimited,         'Too many requests, please try again later'",
        "500, internal_error,           ProviderFailure,     Internal server error",
        "502, upstream_error,           ProviderFailure,     Upstream AI service unavailable"
    })
    void maps_each_documented_error_on_a_create(int status, String code, String type, String message) {
        evolink.createAnswers(StubbedEvolink.json(status, "errors/" + status + "-" + code.replace('_', '-') + ".json"));

        ElementsError error = create().getLeft();

        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        assertThat(error.vendorCode()).contains(code);
        assertThat(error.message()).contains(message).contains("HTTP " + status);
    }

    @ParameterizedTest(name = "HTTP {0} {1} on a task read is {2}")
    @CsvSource({
        "400, invalid_task_id, InvalidRequest",
        "401, unauthorized,    Unauthorized",
        "404, task_not_found,  NotFound",
        "403, model_access_denied, Forbidden"
    })
    void maps_errors_on_a_task_read(int status, String code, String type) {
        evolink.taskAnswers(StubbedEvolink.json(status, "errors/" + status + "-" + code.replace('_', '-') + ".json"));

        ElementsError error = read().getLeft();

        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        assertThat(error.vendorCode()).contains(code);
        assertThat(evolink.reads()).as("not retried").isEqualTo(1);
    }

    @Test
    void insufficient_quota_is_insufficient_credits_whatever_status_carries_it() {
        evolink.createAnswers(StubbedEvolink.json(403, "errors/402-insufficient-quota.json"));

        assertThat(create().getLeft()).isInstanceOf(ElementsError.InsufficientCredits.class);
    }

    @Test
    void a_404_without_evolinks_envelope_is_still_not_found() {
        evolink.taskAnswers(aResponse().withStatus(404).withBody("<html>Not Found</html>"));

        assertThat(read().getLeft()).isInstanceOf(ElementsError.NotFound.class);
    }

    @Test
    void a_rate_limit_carries_evolinks_retry_after() {
        evolink.createAnswers(
                StubbedEvolink.json(429, "errors/429-rate-limit-exceeded.json").withHeader("Retry-After", "90"));

        assertThat(create().getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(90)));
    }

    @Test
    void a_create_answered_429_was_not_accepted_and_is_sent_again_after_the_wait() {
        evolink.createAnswers(
                StubbedEvolink.json(429, "errors/429-rate-limit-exceeded.json").withHeader("Retry-After", "7"),
                StubbedEvolink.json(200, "responses/create-pending.json"));

        Either<ElementsError, CreationTask> result = create();

        assertThat(result.isRight()).as("%s", result).isTrue();
        assertThat(evolink.creates()).isEqualTo(2);
        assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @ParameterizedTest(name = "a create answered {0} is never sent again")
    @CsvSource({
        "500, errors/500-internal-error.json",
        "502, errors/502-upstream-error.json",
        "503, errors/500-internal-error.json"
    })
    void a_create_answered_with_a_server_error_is_ambiguous_and_sent_once(int status, String fixture) {
        evolink.createAnswers(StubbedEvolink.json(status, fixture));

        ElementsError error = create().getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, failure -> {
            assertThat(failure.ambiguous()).isTrue();
            assertThat(failure.retryable()).isTrue();
            assertThat(failure.status()).isEqualTo(status);
        });
        assertThat(evolink.creates()).isEqualTo(1);
        assertThat(time.sleepCount()).isZero();
    }

    @Test
    void a_create_whose_connection_is_reset_is_ambiguous_and_sent_once() {
        evolink.createAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        ElementsError error = create().getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.ambiguous()).isTrue());
        assertThat(evolink.creates()).isEqualTo(1);
    }

    @Test
    void a_create_that_times_out_is_ambiguous_and_sent_once() {
        VendorClient impatient = kit.client(
                kit.configAt(evolink.baseUrl()).apiKey(StubbedEvolink.KEY).set("read-timeout", "PT0.3S"));
        evolink.createAnswers(
                StubbedEvolink.json(200, "responses/create-pending.json").withFixedDelay(1_500));

        ElementsError error =
                impatient.submit(kit.drafts().image("Courier").build()).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.ambiguous()).isTrue());
        assertThat(evolink.creates()).isEqualTo(1);
    }

    @Test
    void a_malformed_create_answer_is_ambiguous_as_evolink_probably_took_it() {
        evolink.createAnswers(aResponse().withStatus(200).withBody("{\"id\": \"task-unified-"));

        ElementsError error = create().getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.ambiguous()).isTrue());
        assertThat(evolink.creates()).isEqualTo(1);
    }

    @ParameterizedTest(name = "a task read answered {0} is retried")
    @CsvSource({
        "429, errors/429-rate-limit-exceeded.json",
        "500, errors/500-internal-error.json",
        "502, errors/502-upstream-error.json"
    })
    void a_task_read_answered_with_a_rate_limit_or_server_error_is_retried(int status, String fixture) {
        evolink.taskAnswers(
                StubbedEvolink.json(status, fixture), StubbedEvolink.json(200, "responses/task-processing.json"));

        Either<ElementsError, CreationTask> result = read();

        assertThat(result.isRight()).as("%s", result).isTrue();
        assertThat(evolink.reads()).isEqualTo(2);
        assertThat(time.sleepCount()).isEqualTo(1);
    }

    @Test
    void a_task_read_whose_connection_is_reset_is_retried() {
        evolink.taskAnswers(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                StubbedEvolink.json(200, "responses/task-processing.json"));

        assertThat(read().isRight()).isTrue();
        assertThat(evolink.reads()).isEqualTo(2);
    }

    @Test
    void a_task_read_gives_up_after_the_configured_retries() {
        evolink.taskAnswers(StubbedEvolink.json(502, "errors/502-upstream-error.json"));

        ElementsError error = read().getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(evolink.reads()).as("1 + max-retries (2)").isEqualTo(3);
    }

    @Test
    void an_error_envelope_answered_with_200_is_still_an_error() {
        evolink.taskAnswers(StubbedEvolink.json(200, "errors/402-insufficient-quota.json"));

        assertThat(read().getLeft()).isInstanceOf(ElementsError.InsufficientCredits.class);
    }

    @Test
    void an_error_envelope_answered_with_200_that_does_not_fit_a_task_object_is_still_that_error() {
        // "code" as an object does not bind to the task object's error; the envelope is still Evolink's error
        evolink.taskAnswers(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": {\"name\": \"insufficient_quota\"}, \"message\": \"Insufficient "
                        + "quota. Please top up your account.\", \"type\": \"insufficient_quota\"}}"));

        ElementsError error = read().getLeft();

        assertThat(error).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(error.message()).contains("Insufficient quota").contains("HTTP 200");
    }

    @Test
    void a_task_object_answered_with_200_is_a_task_even_with_an_error_on_it() {
        evolink.taskAnswers(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + StubbedEvolink.TASK_ID + "\", \"object\": \"video.generation.task\","
                        + " \"status\": \"failed\", \"error\": {\"code\": \"content_policy_violation\","
                        + " \"message\": \"blocked\"}}"));

        assertThat(read().get().id()).isEqualTo(CreationTaskId.of(StubbedEvolink.TASK_ID));
    }

    @Test
    void a_request_id_header_is_kept_on_the_error() {
        evolink.createAnswers(
                StubbedEvolink.json(400, "errors/400-invalid-request.json").withHeader("X-Request-Id", "req-42"));

        assertThat(create().getLeft().requestId()).contains("req-42");
    }

    @Test
    void no_error_message_or_error_shows_the_api_key() {
        evolink.createAnswers(aResponse()
                .withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid token " + StubbedEvolink.KEY
                        + "\",\"type\":\"authentication_error\"}}"));

        ElementsError error = create().getLeft();

        assertThat(error).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(error.message()).doesNotContain(StubbedEvolink.KEY);
        assertThat(error.toString()).doesNotContain(StubbedEvolink.KEY);
        assertThat(client.toString()).doesNotContain(StubbedEvolink.KEY);
    }
}
