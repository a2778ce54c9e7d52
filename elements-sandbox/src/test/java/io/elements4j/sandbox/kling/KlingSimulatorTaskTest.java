package io.elements4j.sandbox.kling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.sandbox.Operation;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /v1/general/advanced-custom-elements/{id}: tasks move on over polls and report their elements. */
class KlingSimulatorTaskTest {

    static final String ELEMENTS = "/v1/general/advanced-custom-elements";
    static final BigInteger TWO_TO_THE_53 = BigInteger.TWO.pow(53);
    static KlingSimulator kling;
    KlingWire wire;

    @BeforeAll
    static void start() {
        kling = new KlingSimulator(
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), new SplittableRandom(12));
    }

    @AfterAll
    static void stop() {
        kling.close();
    }

    @BeforeEach
    void reset() {
        kling.reset();
        wire = new KlingWire(kling.baseUrl(), kling.credential());
    }

    String submit(CreateBody body) {
        return wire.post(ELEMENTS, body.json()).data().path("task_id").asText();
    }

    JsonNode poll(String id) {
        KlingWire.Answer answer = wire.get(ELEMENTS + "/" + id);
        assertThat(answer.status()).as("poll of %s: %s", id, answer.body()).isEqualTo(200);
        return answer.data();
    }

    @Test
    void a_task_goes_submitted_processing_succeed_over_polls() {
        kling.completeTasksAfterPolls(3);
        String id = submit(CreateBody.image("Maeva"));

        assertThat(poll(id).path("task_status").asText()).isEqualTo("processing");
        assertThat(poll(id).path("task_status").asText()).isEqualTo("processing");
        JsonNode done = poll(id);

        assertThat(done.path("task_status").asText()).isEqualTo("succeed");
        assertThat(done.path("task_result").path("elements")).hasSize(1);
        assertThat(kling.count(Operation.TASK)).isEqualTo(3);
    }

    @Test
    void a_finished_task_reports_its_element_in_the_documented_shape() {
        kling.completeTasksAfterPolls(1);
        String id =
                submit(CreateBody.image("Maeva").tags("o_102", "o_105").set("element_voice_id", "829824295735410756"));

        JsonNode task = poll(id);
        JsonNode element = task.path("task_result").path("elements").get(0);

        assertThat(task.path("task_status_msg").asText()).isEmpty();
        assertThat(task.path("final_unit_deduction").isTextual()).isTrue();
        assertThat(task.path("final_balance_deduction").has("quota")).isTrue();
        assertThat(element.path("element_name").asText()).isEqualTo("Maeva");
        assertThat(element.path("element_description").asText()).isEqualTo("A test character");
        assertThat(element.path("reference_type").asText()).isEqualTo("image_refer");
        assertThat(element.path("element_image_list").path("frontal_image").asText())
                .isEqualTo("https://example.com/front.png");
        assertThat(element.path("element_image_list")
                        .path("refer_images")
                        .get(0)
                        .path("image_url")
                        .asText())
                .isEqualTo("https://example.com/side.png");
        assertThat(element.path("element_voice_info").path("voice_id").asText()).isEqualTo("829824295735410756");
        assertThat(element.path("element_voice_info").path("owned_by").asText()).isEqualTo("kling");
        assertThat(element.path("tag_list"))
                .extracting(t -> t.path("id").asText())
                .containsExactly("o_102", "o_105");
        assertThat(element.path("owned_by").asText()).isNotEqualTo("kling");
        assertThat(element.path("status").asText()).isEqualTo("succeed");
    }

    @Test
    void element_ids_are_json_numbers_above_two_to_the_53() {
        kling.completeTasksAfterPolls(1);
        JsonNode element = poll(submit(CreateBody.image("Maeva")))
                .path("task_result")
                .path("elements")
                .get(0);

        assertThat(element.path("element_id").isIntegralNumber()).isTrue();
        assertThat(element.path("element_id").bigIntegerValue()).isGreaterThan(TWO_TO_THE_53);
    }

    @Test
    void a_video_element_without_a_voice_gets_one_customised_from_its_video() {
        kling.completeTasksAfterPolls(1);
        JsonNode element = poll(submit(CreateBody.video("Speaker")))
                .path("task_result")
                .path("elements")
                .get(0);

        assertThat(element.path("reference_type").asText()).isEqualTo("video_refer");
        assertThat(element.path("element_video_list")
                        .path("refer_videos")
                        .get(0)
                        .path("video_url")
                        .asText())
                .isEqualTo("https://example.com/reference.mp4");
        String voiceId = element.path("element_voice_info").path("voice_id").asText();
        assertThat(voiceId).matches("\\d{18}");
        assertThat(wire.get("/v1/general/custom-voices")
                        .data()
                        .get(0)
                        .path("task_result")
                        .path("voices")
                        .get(0)
                        .path("voice_id")
                        .asText())
                .isEqualTo(voiceId);
    }

    @Test
    void an_image_element_without_a_voice_has_an_empty_voice_info() {
        kling.completeTasksAfterPolls(1);
        JsonNode element = poll(submit(CreateBody.image("Maeva")))
                .path("task_result")
                .path("elements")
                .get(0);

        assertThat(element.path("element_voice_info").isObject()).isTrue();
        assertThat(element.path("element_voice_info")).isEmpty();
    }

    @Test
    void a_failing_task_ends_failed_with_the_reason() {
        kling.completeTasksAfterPolls(2);
        kling.failNextCreation("the frontal image shows no subject");
        String id = submit(CreateBody.image("Maeva"));

        poll(id);
        JsonNode done = poll(id);

        assertThat(done.path("task_status").asText()).isEqualTo("failed");
        assertThat(done.path("task_status_msg").asText()).isEqualTo("the frontal image shows no subject");
        assertThat(done.path("task_result").path("elements")).isEmpty();
        assertThat(poll(submit(CreateBody.image("Next"))).path("task_status").asText())
                .isEqualTo("processing");
    }

    @Test
    void a_task_is_found_by_its_external_task_id_too() {
        String id = submit(CreateBody.image("Maeva").set("external_task_id", "e4j-0011"));

        JsonNode byExternal = poll("e4j-0011");

        assertThat(byExternal.path("task_id").asText()).isEqualTo(id);
        assertThat(byExternal.path("task_info").path("external_task_id").asText())
                .isEqualTo("e4j-0011");
    }

    @Test
    void an_external_task_id_is_read_from_the_path_percent_decoded() {
        String id = submit(CreateBody.image("Maeva").set("external_task_id", "order:17.b"));

        assertThat(poll("order%3A17.b").path("task_id").asText()).isEqualTo(id);
    }

    @Test
    void an_unknown_task_is_400_with_code_1201_not_found() {
        KlingWire.Answer answer = wire.get(ELEMENTS + "/930810160078651476");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(1201);
        assertThat(answer.message()).contains("not found");
    }

    @Test
    void a_task_that_finishes_after_zero_polls_is_done_when_created() {
        kling.completeTasksAfterPolls(0);

        KlingWire.Answer created = wire.post(ELEMENTS, CreateBody.image("Maeva").json());

        assertThat(created.data().path("task_status").asText()).isEqualTo("succeed");
        assertThat(poll(created.data().path("task_id").asText())
                        .path("task_result")
                        .path("elements"))
                .hasSize(1);
    }
}
