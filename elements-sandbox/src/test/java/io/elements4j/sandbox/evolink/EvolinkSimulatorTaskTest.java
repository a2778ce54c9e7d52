package io.elements4j.sandbox.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.sandbox.Operation;
import java.math.BigInteger;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/tasks/{id}}: tasks progress over polls and end completed, failed or cancelled. */
class EvolinkSimulatorTaskTest {

    private static final BigInteger TWO_TO_THE_53 = BigInteger.TWO.pow(53);
    private static final Pattern ELEMENT_ID_TEXT = Pattern.compile("\"element_id\":\"?(\\d+)\"?");

    static EvolinkSimulator vendor;
    static EvolinkHttp http;

    @BeforeAll
    static void start() {
        vendor = new EvolinkSimulator(
                Clock.fixed(EvolinkSimulatorCreateTest.SEED_INSTANT, ZoneOffset.UTC), new SplittableRandom(11));
        http = new EvolinkHttp(vendor);
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    @Test
    void a_task_moves_from_processing_to_completed_over_the_configured_polls_with_rising_progress() {
        vendor.completeTasksAfterPolls(3);
        String id = http.createdTaskId();

        JsonNode first = http.task(id).json();
        JsonNode second = http.task(id).json();
        JsonNode third = http.task(id).json();

        assertThat(first.path("status").asText()).isEqualTo("processing");
        assertThat(second.path("status").asText()).isEqualTo("processing");
        assertThat(first.path("progress").asInt())
                .isPositive()
                .isLessThan(second.path("progress").asInt());
        assertThat(second.path("progress").asInt()).isLessThan(100);
        assertThat(first.path("task_info").path("can_cancel").asBoolean()).isTrue();
        assertThat(third.path("status").asText()).isEqualTo("completed");
        assertThat(third.path("progress").asInt()).isEqualTo(100);
        assertThat(third.path("task_info").path("can_cancel").asBoolean()).isFalse();
        assertThat(vendor.count(Operation.TASK)).isEqualTo(3);
    }

    @Test
    void a_finished_task_answers_the_fields_of_the_documented_task_detail() {
        vendor.completeTasksAfterPolls(1);
        String id = http.createdTaskId();

        JsonNode task = http.task(id).json();

        assertThat(task.path("id").asText()).isEqualTo(id);
        assertThat(task.path("created").asLong()).isEqualTo(1_757_169_743L);
        assertThat(task.path("model").asText()).isEqualTo("kling-custom-element");
        assertThat(task.path("object").asText()).isEqualTo("video.generation.task");
        assertThat(task.path("type").asText()).isEqualTo("video");
        assertThat(task.has("result_data")).isTrue();
        assertThat(task.has("error")).as("error appears only on failed tasks").isFalse();
    }

    @Test
    void a_finished_task_stays_finished_with_the_same_element() {
        vendor.completeTasksAfterPolls(1);
        String id = http.createdTaskId();

        String first = http.task(id).text();
        String again = http.task(id).text();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void by_default_result_data_is_an_array_of_objects_with_a_numeric_element_id_above_two_to_the_53() {
        vendor.completeTasksAfterPolls(1);
        EvolinkHttp.Reply reply = http.task(http.createdTaskId());

        JsonNode elementId = reply.json().path("result_data").path(0).path("element_id");

        assertThat(reply.json().path("result_data").isArray()).isTrue();
        assertThat(elementId.isIntegralNumber()).isTrue();
        assertThat(new BigInteger(exactElementIdText(reply.text()))).isGreaterThan(TWO_TO_THE_53);
    }

    @Test
    void result_data_can_be_an_object_with_a_numeric_element_id() {
        vendor.resultDataShape(ResultDataShape.OBJECT_WITH_NUMBER);
        vendor.completeTasksAfterPolls(1);

        JsonNode data = http.task(http.createdTaskId()).json().path("result_data");

        assertThat(data.isObject()).isTrue();
        assertThat(data.path("element_id").isIntegralNumber()).isTrue();
    }

    @Test
    void result_data_can_carry_the_element_id_as_a_string() {
        vendor.resultDataShape(ResultDataShape.ARRAY_OF_OBJECTS_WITH_STRING);
        vendor.completeTasksAfterPolls(1);

        JsonNode elementId = http.task(http.createdTaskId())
                .json()
                .path("result_data")
                .path(0)
                .path("element_id");

        assertThat(elementId.isTextual()).isTrue();
        assertThat(elementId.asText()).matches("\\d{16,19}");
    }

    @Test
    void result_data_can_nest_the_element_id_one_level_down() {
        vendor.resultDataShape(ResultDataShape.NESTED_OBJECT_WITH_STRING);
        vendor.completeTasksAfterPolls(1);

        JsonNode data = http.task(http.createdTaskId()).json().path("result_data");

        assertThat(data.has("element_id")).isFalse();
        assertThat(data.path("element").path("element_id").asText()).matches("\\d{16,19}");
    }

    @Test
    void a_reset_restores_the_default_result_data_shape() {
        vendor.resultDataShape(ResultDataShape.OBJECT_WITH_NUMBER);
        vendor.reset();
        vendor.completeTasksAfterPolls(1);

        assertThat(http.task(http.createdTaskId()).json().path("result_data").isArray())
                .isTrue();
    }

    @Test
    void with_zero_polls_the_create_still_answers_pending_and_the_first_poll_completed() {
        vendor.completeTasksAfterPolls(0);

        EvolinkHttp.Reply created = http.create(Bodies.IMAGE_REFER_EXAMPLE);
        JsonNode polled = http.task(created.json().path("id").asText()).json();

        assertThat(created.json().path("status").asText()).isEqualTo("pending");
        assertThat(polled.path("status").asText()).isEqualTo("completed");
    }

    @Test
    void a_failing_creation_ends_failed_with_the_reason_as_the_error_message() {
        vendor.completeTasksAfterPolls(2);
        vendor.failNextCreation("the frontal image shows no subject");
        String id = http.createdTaskId();

        JsonNode first = http.task(id).json();
        JsonNode second = http.task(id).json();

        assertThat(first.path("status").asText()).isEqualTo("processing");
        assertThat(second.path("status").asText()).isEqualTo("failed");
        assertThat(second.path("progress").asInt()).isZero();
        assertThat(second.path("error").path("code").asText()).isEqualTo("invalid_parameters");
        assertThat(second.path("error").path("message").asText()).isEqualTo("the frontal image shows no subject");
        assertThat(second.has("result_data")).isFalse();
    }

    @Test
    void only_the_next_creation_fails() {
        vendor.completeTasksAfterPolls(1);
        vendor.failNextCreation("no subject");
        http.createdTaskId();

        assertThat(http.task(http.createdTaskId()).json().path("status").asText())
                .isEqualTo("completed");
    }

    @Test
    void a_failure_can_carry_any_evolink_business_code() {
        vendor.completeTasksAfterPolls(1);
        vendor.failNextCreation("content_policy_violation", "Content policy violation.");

        JsonNode error = http.task(http.createdTaskId()).json().path("error");

        assertThat(error.path("code").asText()).isEqualTo("content_policy_violation");
        assertThat(error.path("message").asText()).isEqualTo("Content policy violation.");
    }

    @Test
    void a_cancelled_creation_ends_cancelled() {
        vendor.completeTasksAfterPolls(1);
        vendor.cancelNextCreation("cancelled by the account owner");

        JsonNode task = http.task(http.createdTaskId()).json();

        assertThat(task.path("status").asText()).isEqualTo("cancelled");
        assertThat(task.path("error").path("code").asText()).isEqualTo("request_cancelled");
    }

    @Test
    void a_task_id_without_the_unified_prefix_is_invalid_task_id() {
        EvolinkHttp.Reply reply = http.task("12345");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().path("code").asText()).isEqualTo("invalid_task_id");
        assertThat(reply.error().path("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void an_unknown_task_is_404_in_the_evolink_envelope() {
        EvolinkHttp.Reply reply = http.task("task-unified-1757169743-zzzzzzzz");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().path("code").asText()).isEqualTo("task_not_found");
        assertThat(reply.error().path("message").asText()).isNotBlank();
    }

    @Test
    void seeded_elements_are_finished_tasks_whose_ids_are_kling_sized_and_sent_no_request() {
        var ids = vendor.seedElements(3);

        assertThat(ids.toJavaList())
                .hasSize(3)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(new BigInteger(id)).isGreaterThan(TWO_TO_THE_53));
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void a_reset_forgets_every_task() {
        String id = http.createdTaskId();
        vendor.reset();

        assertThat(http.task(id).status()).isEqualTo(404);
    }

    private static String exactElementIdText(String body) {
        Matcher matcher = ELEMENT_ID_TEXT.matcher(body);
        assertThat(matcher.find()).as("element_id in %s", body).isTrue();
        return matcher.group(1);
    }
}
