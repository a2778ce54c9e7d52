package io.elements4j.adapter.falqueue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.vavr.control.Either;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The queue's answers as documented (see docs/vendors.md) and as they may plausibly come (GMI Cloud's queue guide leaves the outcome
 * undocumented), kept as golden JSON fixtures and served as they are.
 */
class FalQueueAnswersTest {

    /** A key shaped like a real one, so a test can look for it where it must not appear. */
    static final String API_KEY = "gmi-test-key-Zq81xTT0pSECRET";

    static final String REQUEST = "550e8400-e29b-41d4-a716-446655440000";
    /** Above 2^53 and odd: a double would turn it into 863121023120580608 or …736. */
    static final String ELEMENT = "863121023120580651";

    @RegisterExtension
    static WireMockExtension queue = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    final VendorClient client = kit.client(kit.configAt(queue.baseUrl()).apiKey(API_KEY));

    private Either<ElementsError, CreationTask> statusAnswer(String body) {
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST)).willReturn(okJson(body)));
        return client.task(CreationTaskId.of(REQUEST));
    }

    @Test
    void the_documented_submit_answer_is_a_queued_task() {
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .willReturn(okJson(resource("golden/submit-response-vendors-d1.json"))));

        CreationTask task =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        assertThat(task.id()).isEqualTo(CreationTaskId.of(REQUEST));
        assertThat(task.state()).isEqualTo(TaskState.QUEUED);
        assertThat(task.createdAt()).contains(Instant.ofEpochSecond(1_750_442_925L));
        assertThat(task.updatedAt()).contains(Instant.ofEpochSecond(1_750_442_925L));
        assertThat(task.elementIds()).isEmpty();
    }

    @Test
    void a_submit_answer_that_finished_at_once_already_names_the_element() {
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .willReturn(okJson(resource("golden/status-success-outcome-element.json"))));

        CreationTask task =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elementIds()).containsExactly(ElementId.of(ELEMENT));
    }

    @Test
    void a_submit_answer_without_a_status_is_queued() {
        queue.stubFor(post(urlPathEqualTo("/requests")).willReturn(okJson("{\"request_id\": \"" + REQUEST + "\"}")));

        assertThat(client.submit(kit.drafts().image("Detective Mara").build())
                        .get()
                        .state())
                .isEqualTo(TaskState.QUEUED);
    }

    @Test
    void a_submit_answer_without_a_request_id_is_an_ambiguous_failure() {
        queue.stubFor(post(urlPathEqualTo("/requests")).willReturn(okJson("{\"status\": \"queued\"}")));

        ElementsError error =
                client.submit(kit.drafts().image("Detective Mara").build()).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.ambiguous()).isTrue();
            assertThat(f.message()).contains("request_id");
        });
        assertThat(queue.getAllServeEvents()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "golden/status-success-outcome-element.json",
                "golden/status-success-outcome-flat.json",
                "golden/status-success-outcome-elements-array.json",
                "golden/status-success-outcome-string-id.json",
                "golden/status-success-outcome-deeply-nested.json"
            })
    void every_outcome_shape_yields_the_exact_element_id(String fixture) {
        CreationTask task = statusAnswer(resource(fixture)).get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elementIds()).containsExactly(ElementId.of(ELEMENT));
        assertThat(task.id()).isEqualTo(CreationTaskId.of(REQUEST));
    }

    @Test
    void a_decimal_written_id_keeps_its_digits() {
        CreationTask task = statusAnswer(
                        "{\"status\": \"success\", \"outcome\": {\"element_id\": 8.63121023120580651E17}}")
                .get();

        assertThat(task.elementIds()).containsExactly(ElementId.of(ELEMENT));
    }

    @Test
    void the_documented_places_win_over_ids_nested_elsewhere() {
        CreationTask task = statusAnswer("""
                {"status": "success",
                 "outcome": {"element": {"element_id": 863121023120580651},
                             "source": {"element_id": 1}}}
                """).get();

        assertThat(task.elementIds()).containsExactly(ElementId.of(ELEMENT));
    }

    @Test
    void several_created_elements_are_all_kept_in_order() {
        CreationTask task = statusAnswer("""
                {"status": "success",
                 "outcome": {"elements": [{"element_id": 863121023120580651}, {"element_id": "863121023120580652"}]}}
                """).get();

        assertThat(task.elementIds()).containsExactly(ElementId.of(ELEMENT), ElementId.of("863121023120580652"));
    }

    @Test
    void a_success_whose_outcome_names_no_element_is_a_provider_failure() {
        ElementsError error = statusAnswer(resource("golden/status-success-video-outcome-without-element.json"))
                .getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.message()).contains("names no element_id").contains("media_urls");
            assertThat(f.requestId()).contains(REQUEST);
            assertThat(f.ambiguous()).isFalse();
        });
    }

    @Test
    void a_success_without_any_outcome_is_a_provider_failure() {
        assertThat(statusAnswer("{\"status\": \"success\"}").getLeft())
                .isInstanceOf(ElementsError.ProviderFailure.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "golden/status-failed-error-string.json         | the frontal image shows no subject",
                "golden/status-failed-error-message-object.json | the frontal image shows no subject",
                "golden/status-failed-error-code-message.json   | the frontal image shows no subject (code upstream_error)"
            })
    void a_failed_request_carries_the_vendors_reason(String fixture, String reason) {
        CreationTask task = statusAnswer(resource(fixture)).get();

        assertThat(task.state()).isEqualTo(TaskState.FAILED);
        assertThat(task.failureReason()).contains(reason);
        assertThat(task.elementIds()).isEmpty();
    }

    @Test
    void a_failed_request_keeps_the_vendors_code_apart_for_callers_to_branch_on() {
        assertThat(statusAnswer(resource("golden/status-failed-error-code-message.json"))
                        .get()
                        .failureCode())
                .contains("upstream_error");
        assertThat(statusAnswer(resource("golden/status-failed-error-string.json"))
                        .get()
                        .failureCode())
                .isEmpty();
    }

    @Test
    void a_failure_without_a_reason_has_none() {
        assertThat(statusAnswer("{\"status\": \"failed\", \"error\": null}")
                        .get()
                        .failureReason())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "queued, QUEUED",
        "dispatched, PROCESSING",
        "processing, PROCESSING",
        "success, SUCCEEDED",
        "failed, FAILED",
        "cancelled, CANCELLED",
        "Processing, PROCESSING"
    })
    void each_queue_state_maps_onto_the_domains(String status, TaskState state) {
        String outcome = state == TaskState.SUCCEEDED ? ", \"outcome\": {\"element_id\": 1}" : "";

        CreationTask task = statusAnswer(
                        "{\"request_id\": \"" + REQUEST + "\", \"status\": \"" + status + "\"" + outcome + "}")
                .get();

        assertThat(task.state()).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"status\": \"paused\"}", "{\"status\": \"\"}", "{\"status\": 3}", "{\"request_id\": \"x\"}"})
    void an_unknown_or_missing_state_is_a_provider_failure_naming_it(String body) {
        ElementsError error = statusAnswer(body).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.message()).contains("not one of queued, dispatched, processing, success, failed, cancelled");
            assertThat(f.retryable()).as("a poll answered so is asked again").isTrue();
        });
    }

    @Test
    void an_unknown_state_on_a_submit_answer_is_ambiguous_and_names_the_request() {
        queue.stubFor(post(urlPathEqualTo("/requests"))
                .willReturn(okJson("{\"request_id\": \"" + REQUEST + "\", \"status\": \"waiting\"}")));

        ElementsError error =
                client.submit(kit.drafts().image("Detective Mara").build()).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.ambiguous()).isTrue();
            assertThat(f.requestId()).contains(REQUEST);
            assertThat(f.message()).contains("'waiting'");
        });
    }

    @Test
    void unknown_fields_are_ignored_and_the_answers_request_id_wins_only_when_present() {
        CreationTask task = statusAnswer("{\"status\": \"queued\", \"queue_position\": 4, \"payload\": {\"x\": 1}}")
                .get();

        assertThat(task.id()).isEqualTo(CreationTaskId.of(REQUEST));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1750442925           | 2025-06-20T18:08:45Z",
                "1750442925000        | 2025-06-20T18:08:45Z",
                "\"1750442925\"       | 2025-06-20T18:08:45Z",
                "\"2025-06-20T18:08:45Z\" | 2025-06-20T18:08:45Z",
                "\"2025-06-20T20:08:45+02:00\" | 2025-06-20T18:08:45Z"
            })
    void times_are_read_as_epoch_seconds_or_what_else_they_plausibly_are(String createdAt, String instant) {
        CreationTask task = statusAnswer("{\"status\": \"queued\", \"created_at\": " + createdAt + "}")
                .get();

        assertThat(task.createdAt()).contains(Instant.parse(instant));
    }

    @Test
    void a_time_that_is_no_time_is_left_out() {
        assertThat(statusAnswer("{\"status\": \"queued\", \"created_at\": \"soon\"}")
                        .get()
                        .createdAt())
                .isEmpty();
    }

    @Test
    void a_body_that_is_not_json_is_a_provider_failure() {
        queue.stubFor(get(urlPathEqualTo("/requests/" + REQUEST))
                .willReturn(aResponse().withStatus(200).withBody("<html>oops</html>")));

        assertThat(client.task(CreationTaskId.of(REQUEST)).getLeft()).isInstanceOf(ElementsError.ProviderFailure.class);
    }
}
