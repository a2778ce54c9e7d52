package io.elements4j.adapter.falqueue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import org.junit.jupiter.params.provider.ValueSource;

/** The error table: every status the queue may answer, in every body shape it may use, and what is retried. */
class FalQueueErrorsTest {

    /** A key shaped like a real one, so a test can look for it where it must not appear. */
    static final String API_KEY = "gmi-test-key-Zq81xTT0pSECRET";

    static final String REQUEST = "550e8400-e29b-41d4-a716-446655440000";
    static final String QUEUED = "{\"request_id\": \"" + REQUEST + "\", \"status\": \"queued\"}";

    @RegisterExtension
    static WireMockExtension queue = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    final VirtualTime time = kit.time();
    final VendorClient client = kit.client(kit.configAt(queue.baseUrl()).apiKey(API_KEY));

    private Either<ElementsError, CreationTask> create(int status, String body) {
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
        return client.submit(kit.drafts().image("Detective Mara").build());
    }

    private int creates() {
        return queue.countRequestsMatching(
                        postRequestedFor(urlPathEqualTo("/requests")).build())
                .getCount();
    }

    private int reads() {
        return queue.countRequestsMatching(
                        getRequestedFor(urlPathEqualTo("/requests/" + REQUEST)).build())
                .getCount();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "400 | InvalidRequest",
                "422 | InvalidRequest",
                "401 | Unauthorized",
                "402 | InsufficientCredits",
                "403 | Forbidden",
                "404 | NotFound"
            })
    void maps_each_client_error_status(int status, String kind) {
        ElementsError error = create(
                        status, "{\"error\": {\"code\": \"some_code\", \"message\": \"as the queue says\"}}")
                .getLeft();

        assertThat(error.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(error.message()).contains("as the queue says").contains("HTTP " + status);
        assertThat(error.vendorCode()).contains("some_code");
        assertThat(creates()).as("a refused create is not sent again").isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "errors/error-string.json       | insufficient balance      | ",
                "errors/error-code-message.json | insufficient balance      | insufficient_balance",
                "errors/message.json            | insufficient balance      | ",
                "errors/detail-string.json      | insufficient balance      | "
            })
    void reads_the_message_and_code_from_every_body_shape(String body, String message, String code) {
        ElementsError error = create(402, resource(body)).getLeft();

        assertThat(error).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(error.message()).contains(message);
        assertThat(error.vendorCode().getOrNull()).isEqualTo(code);
    }

    @Test
    void a_validation_list_keeps_every_entry_with_its_field() {
        ElementsError error = create(422, """
                {"detail": [
                  {"loc": ["body", "payload", "element_name"], "msg": "ensure this value has at most 20 characters", "type": "value_error.any_str.max_length"},
                  {"loc": ["body", "payload", "refer_images"], "msg": "field required", "type": "value_error.missing"}]}
                """).getLeft();

        assertThat(error).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(error.message())
                .contains("payload.element_name: ensure this value has at most 20 characters")
                .contains("payload.refer_images: field required");
        assertThat(error.vendorCode()).contains("value_error.any_str.max_length");
    }

    @Test
    void the_golden_validation_list_parses() {
        ElementsError error = create(422, resource("errors/detail-list.json")).getLeft();

        assertThat(error.message()).contains("payload.element_name: ensure this value has at most 20 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content_policy_violation", "CONTENT_MODERATION_FAILED", "sensitive_content"})
    void a_content_policy_code_is_policy_rejected(String code) {
        ElementsError error = create(
                        400, "{\"error\": {\"code\": \"" + code + "\", \"message\": \"the image was flagged\"}}")
                .getLeft();

        assertThat(error).isInstanceOf(ElementsError.PolicyRejected.class);
        assertThat(error.message()).contains("the image was flagged");
        assertThat(error.vendorCode()).contains(code);
    }

    @Test
    void an_unknown_model_is_not_found_with_the_queues_message() {
        ElementsError error = create(
                        404, "{\"error\": {\"code\": \"model_not_found\", \"message\": \"model 'kling-x' not found\"}}")
                .getLeft();

        assertThat(error).isInstanceOf(ElementsError.NotFound.class);
        assertThat(error.message()).contains("model 'kling-x' not found");
    }

    @Test
    void the_request_id_comes_from_the_body_or_an_x_request_id_header() {
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("X-Request-Id", "req-77")
                        .withBody("{\"error\": \"bad\"}")));
        ElementsError fromHeader =
                client.submit(kit.drafts().image("Detective Mara").build()).getLeft();
        ElementsError fromBody =
                create(400, "{\"error\": \"bad\", \"request_id\": \"req-88\"}").getLeft();

        assertThat(fromHeader.requestId()).contains("req-77");
        assertThat(fromBody.requestId()).contains("req-88");
    }

    @Test
    void a_body_that_is_not_json_is_quoted_in_the_message() {
        ElementsError error =
                create(502, "<html><body>Bad Gateway</body></html>").getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(error.message()).contains("Bad Gateway");
    }

    @Test
    void no_error_carries_the_key_even_when_the_queue_echoes_it() {
        ElementsError error = create(
                        401,
                        "{\"error\": {\"code\": \"unauthorized\", \"message\": \"invalid API key " + API_KEY + "\"}}")
                .getLeft();

        assertThat(error).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(error.message()).doesNotContain(API_KEY);
        assertThat(error.toString()).doesNotContain(API_KEY);
    }

    // ---- retries -----------------------------------------------------------------------------------------------

    @Test
    void a_rate_limited_read_waits_for_retry_after_then_succeeds() {
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST))
                .inScenario("limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "9")
                        .withBody("{\"error\": {\"code\": \"rate_limit_exceeded\", \"message\": \"slow down\"}}"))
                .willSetStateTo("open"));
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST))
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(okJson(QUEUED)));

        Either<ElementsError, CreationTask> task = client.task(CreationTaskId.of(REQUEST));

        assertThat(task.isRight()).as("%s", task).isTrue();
        assertThat(reads()).isEqualTo(2);
        assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void a_server_error_on_a_read_is_retried_then_succeeds(int status) {
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST))
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(status).withBody("{\"error\": \"try again\"}"))
                .willSetStateTo("fine"));
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST))
                .inScenario("flaky")
                .whenScenarioStateIs("fine")
                .willReturn(okJson(QUEUED)));

        assertThat(client.task(CreationTaskId.of(REQUEST)).isRight()).isTrue();
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void reads_give_up_after_the_configured_retries_with_a_retryable_failure() {
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST))
                .willReturn(aResponse().withStatus(503).withBody("{\"error\": \"maintenance\"}")));

        ElementsError error = client.task(CreationTaskId.of(REQUEST)).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.retryable()).isTrue();
            assertThat(f.status()).isEqualTo(503);
            assertThat(f.message()).contains("maintenance");
        });
        assertThat(reads()).as("1 + max-retries (2)").isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"429, Retry-After, 4", "503, X-Unused, 0"})
    void a_create_turned_away_with_429_or_503_was_not_accepted_and_is_sent_again(
            int status, String header, String value) {
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(
                        aResponse().withStatus(status).withHeader(header, value).withBody("{\"error\": \"busy\"}"))
                .willSetStateTo("free"));
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(okJson(QUEUED)));

        Either<ElementsError, CreationTask> task =
                client.submit(kit.drafts().image("Detective Mara").build());

        assertThat(task.isRight()).as("%s", task).isTrue();
        assertThat(creates()).isEqualTo(2);
        assertThat(queue.getAllServeEvents())
                .extracting(e -> e.getRequest().getBodyAsString())
                .containsOnly(queue.getAllServeEvents().get(0).getRequest().getBodyAsString());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 504})
    void a_create_answered_with_another_5xx_may_have_been_accepted_and_is_never_sent_again(int status) {
        ElementsError error = create(status, "{\"error\": \"upstream\"}").getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.ambiguous()).isTrue();
            assertThat(f.message()).contains("may have been accepted");
        });
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void a_create_cut_off_after_sending_is_ambiguous_and_never_sent_again() {
        queue.stubFor(
                post(urlPathEqualTo("/requests")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ElementsError error =
                client.submit(kit.drafts().image("Detective Mara").build()).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        f -> assertThat(f.ambiguous()).isTrue());
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void a_create_whose_answer_cannot_be_read_is_ambiguous_and_never_sent_again() {
        ElementsError error = create(200, "{\"request_id\": ").getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        f -> assertThat(f.ambiguous()).isTrue());
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void a_connection_that_never_opens_is_retryable_and_not_ambiguous() {
        VendorClient nowhere = kit.client(kit.configAt("http://127.0.0.1:9").apiKey(API_KEY));

        ElementsError error =
                nowhere.submit(kit.drafts().image("Detective Mara").build()).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.ambiguous()).isFalse();
            assertThat(f.retryable()).isTrue();
        });
    }
}
