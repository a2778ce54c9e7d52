package io.elements4j.sandbox.queue;

import static io.elements4j.sandbox.queue.FalQueueHttp.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.queue.FalQueueHttp.Answer;
import io.vavr.collection.List;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The GMI request queue as GMI Cloud's queue guide and docs/vendors.md document it, driven over plain HTTP. */
class FalQueueSimulatorTest {

    /** The instant of the submit-response example in docs/vendors.md ({@code "created_at": 1750442925}). */
    static final Instant NOW = Instant.ofEpochSecond(1_750_442_925L);

    static final BigInteger TWO_TO_THE_53 = BigInteger.TWO.pow(53);

    static FalQueueSimulator vendor;
    static FalQueueHttp http;

    @BeforeAll
    static void start() {
        vendor = new FalQueueSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(42));
        http = new FalQueueHttp(vendor);
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmi-cloud", "fal-queue"})
    void is_the_simulator_sandboxes_starts_for_gmi_cloud_and_its_former_id_fal_queue(String id) {
        try (VendorSimulator started = Sandboxes.start(id)) {
            assertThat(started).isInstanceOf(FalQueueSimulator.class);
            assertThat(started.providerId()).isEqualTo("gmi-cloud");
            assertThat(started.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void configuration_points_at_gmis_path_prefix_with_a_valid_key() {
        assertThat(vendor.configuration().toJavaMap())
                .containsEntry("elements.gmi-cloud.base-url", vendor.baseUrl() + "/api/v1/ie/requestqueue/apikey")
                .containsEntry("elements.gmi-cloud.api-key", vendor.credential())
                .containsEntry("elements.gmi-cloud.allow-loopback-callbacks", "true")
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "image-character-element.json",
                "image-scene-element.json",
                "video-voice-customization.json",
                "video-existing-voice.json",
                "multiple-tags.json"
            })
    void accepts_the_seeds_create_element_examples(String example) {
        Answer answer = http.submit(fixture(example));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("queued");
    }

    @Test
    void a_submit_answers_with_the_documented_fields() {
        JsonNode answer = http.submit(fixture("image-character-element.json")).json();

        assertThat(List.ofAll(answer::fieldNames))
                .containsExactlyInAnyOrder("request_id", "model", "status", "created_at", "updated_at", "queued_at");
        assertThat(UUID.fromString(answer.get("request_id").asText())).isNotNull();
        assertThat(answer.get("model").asText()).isEqualTo("kling-create-element");
        assertThat(answer.get("status").asText()).isEqualTo("queued");
        assertThat(answer.get("created_at").isIntegralNumber()).isTrue();
        assertThat(answer.get("created_at").asLong()).isEqualTo(1_750_442_925L);
        assertThat(answer.get("updated_at").asLong()).isEqualTo(1_750_442_925L);
        assertThat(answer.get("queued_at").asLong()).isEqualTo(1_750_442_925L);
    }

    @Test
    void request_ids_are_fresh_uuids_and_repeat_with_the_same_seed() {
        List<String> ids = submittedByAFreshSimulator(2);
        List<String> again = submittedByAFreshSimulator(2);

        assertThat(ids)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id)).isNotNull());
        assertThat(again).isEqualTo(ids);
    }

    private static List<String> submittedByAFreshSimulator(int count) {
        try (FalQueueSimulator fresh =
                new FalQueueSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(7))) {
            FalQueueHttp freshHttp = new FalQueueHttp(fresh);
            return List.range(0, count).map(i -> freshHttp.submitted(fixture("image-character-element.json")));
        }
    }

    @Test
    void a_request_moves_queued_dispatched_processing_success_over_polls() {
        vendor.completeTasksAfterPolls(4);
        String id = http.submitted(fixture("image-character-element.json"));

        List<String> states =
                List.range(0, 5).map(i -> http.poll(id).json().get("status").asText());

        assertThat(states).containsExactly("queued", "dispatched", "processing", "success", "success");
    }

    @Test
    void a_status_answer_carries_the_request_its_model_payload_and_times() {
        vendor.completeTasksAfterPolls(3);
        String id = http.submitted(fixture("image-character-element.json"));

        JsonNode waiting = http.poll(id).json();

        assertThat(waiting.get("request_id").asText()).isEqualTo(id);
        assertThat(waiting.get("model").asText()).isEqualTo("kling-create-element");
        assertThat(waiting.get("payload"))
                .isEqualTo(fixture("image-character-element.json").get("payload"));
        assertThat(waiting.get("created_at").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(waiting.has("outcome")).isFalse();
        assertThat(waiting.has("error")).isFalse();
    }

    @Test
    void a_finished_request_names_the_created_element_in_outcome_element_with_an_id_above_2_to_the_53() {
        vendor.completeTasksAfterPolls(1);
        String id = http.submitted(fixture("image-character-element.json"));

        JsonNode element = http.poll(id).json().get("outcome").get("element");

        assertThat(element.get("element_id").isIntegralNumber())
                .as("a JSON number")
                .isTrue();
        assertThat(element.get("element_id").bigIntegerValue()).isGreaterThan(TWO_TO_THE_53);
        assertThat(element.get("element_name").asText()).isEqualTo("Detective Mara");
    }

    @Test
    void the_element_id_stays_the_same_on_every_later_poll() {
        vendor.completeTasksAfterPolls(1);
        String id = http.submitted(fixture("image-character-element.json"));

        String first = http.poll(id).body();
        String second = http.poll(id).body();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_outcome_can_be_flat() {
        vendor.completeTasksAfterPolls(0);
        vendor.outcomeShape(OutcomeShape.FLAT);
        String id = http.submitted(fixture("image-character-element.json"));

        JsonNode outcome = http.poll(id).json().get("outcome");

        assertThat(outcome.get("element_id").bigIntegerValue()).isGreaterThan(TWO_TO_THE_53);
        assertThat(outcome.has("element")).isFalse();
    }

    @Test
    void the_outcome_can_be_an_elements_array() {
        vendor.completeTasksAfterPolls(0);
        vendor.outcomeShape(OutcomeShape.ELEMENTS_ARRAY);
        String id = http.submitted(fixture("image-character-element.json"));

        JsonNode elements = http.poll(id).json().get("outcome").get("elements");

        assertThat(elements.isArray()).isTrue();
        assertThat(elements.get(0).get("element_id").bigIntegerValue()).isGreaterThan(TWO_TO_THE_53);
    }

    @Test
    void element_ids_can_be_sent_as_strings() {
        vendor.completeTasksAfterPolls(0);
        vendor.elementIdsAsStrings(true);
        String id = http.submitted(fixture("image-character-element.json"));

        JsonNode elementId = http.poll(id).json().get("outcome").get("element").get("element_id");

        assertThat(elementId.isTextual()).isTrue();
        assertThat(new BigInteger(elementId.asText())).isGreaterThan(TWO_TO_THE_53);
    }

    @Test
    void reset_restores_the_default_outcome_shape() {
        vendor.outcomeShape(OutcomeShape.FLAT);
        vendor.elementIdsAsStrings(true);
        vendor.reset();
        vendor.completeTasksAfterPolls(0);
        String id = http.submitted(fixture("image-character-element.json"));

        assertThat(http.poll(id)
                        .json()
                        .get("outcome")
                        .get("element")
                        .get("element_id")
                        .isIntegralNumber())
                .isTrue();
    }

    @Test
    void a_failed_request_carries_the_reason_as_error_and_no_outcome() {
        vendor.completeTasksAfterPolls(2);
        vendor.failNextCreation("the frontal image shows no subject");
        String id = http.submitted(fixture("image-character-element.json"));

        JsonNode first = http.poll(id).json();
        JsonNode second = http.poll(id).json();
        String nextOne = http.submitted(fixture("image-character-element.json"));

        assertThat(first.get("status").asText()).isEqualTo("queued");
        assertThat(second.get("status").asText()).isEqualTo("failed");
        assertThat(second.get("error").asText()).isEqualTo("the frontal image shows no subject");
        assertThat(second.has("outcome")).isFalse();
        assertThat(http.poll(nextOne).json().has("error"))
                .as("only the next creation fails")
                .isFalse();
    }

    @Test
    void an_unknown_request_id_is_the_queues_404() {
        Answer answer = http.poll("550e8400-e29b-41d4-a716-446655440000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("not_found");
        assertThat(answer.errorMessage()).contains("550e8400-e29b-41d4-a716-446655440000");
    }

    @ParameterizedTest
    @CsvSource({"GET, /requests", "DELETE, /requests/abc-123", "POST, /requests/abc-123/cancel", "GET, /models"})
    void every_other_route_is_the_queues_404(String method, String path) {
        Answer answer = http.send(method, http.base() + path, null, "Bearer " + vendor.credential());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("not_found");
        assertThat(vendor.journal().last().operation()).isEqualTo(Operation.OTHER);
    }

    @Test
    void nothing_is_served_outside_gmis_path_prefix() {
        Answer answer = http.send(
                "POST",
                vendor.baseUrl() + "/requests",
                fixture("image-character-element.json").toString(),
                "Bearer " + vendor.credential());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(vendor.count(Operation.CREATE)).isZero();
    }

    @Test
    void a_missing_key_is_the_queues_401() {
        Answer answer = http.send(
                "POST",
                http.base() + "/requests",
                fixture("image-character-element.json").toString(),
                null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("unauthorized");
        assertThat(answer.errorMessage()).contains("Authorization");
    }

    @Test
    void a_wrong_key_is_the_queues_401() {
        Answer answer = http.send("GET", http.base() + "/requests/abc-123", null, "Bearer not-" + vendor.credential());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("unauthorized");
        assertThat(answer.body()).doesNotContain(vendor.credential());
    }

    @ParameterizedTest
    @CsvSource({
        "UNAUTHORIZED, 401, unauthorized",
        "INSUFFICIENT_CREDITS, 402, insufficient_balance",
        "FORBIDDEN, 403, forbidden",
        "NOT_FOUND, 404, not_found",
        "INVALID_REQUEST, 400, invalid_request",
        "RATE_LIMITED, 429, rate_limit_exceeded",
        "POLICY_REJECTED, 400, content_policy_violation",
        "SERVER_ERROR, 500, internal_error"
    })
    void typical_faults_use_the_queues_status_and_envelope(ErrorKind kind, int status, String code) {
        vendor.injectFault(Operation.CREATE, vendor.typicalFault(kind, "as the vendor says"), 1);

        Answer answer = http.submit(fixture("image-character-element.json"));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.errorCode()).isEqualTo(code);
        assertThat(answer.errorMessage()).isEqualTo("as the vendor says");
    }

    @Test
    void seeded_elements_have_distinct_kling_ids_above_2_to_the_53() {
        List<String> ids = List.ofAll(vendor.seedElements(5));

        assertThat(ids)
                .hasSize(5)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(new BigInteger(id)).isGreaterThan(TWO_TO_THE_53));
    }
}
