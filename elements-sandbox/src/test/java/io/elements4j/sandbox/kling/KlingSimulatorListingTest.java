package io.elements4j.sandbox.kling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists, presets, voices, deletion, faults and routing of the Kling simulator. */
class KlingSimulatorListingTest {

    static final String ELEMENTS = "/v1/general/advanced-custom-elements";
    static KlingSimulator kling;
    KlingWire wire;

    @BeforeAll
    static void start() {
        kling = new KlingSimulator(
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), new SplittableRandom(13));
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

    static Seq<JsonNode> elementsOf(JsonNode taskRecords) {
        return List.ofAll(taskRecords)
                .flatMap(t -> List.ofAll(t.path("task_result").path("elements")));
    }

    static Seq<String> namesOf(JsonNode taskRecords) {
        return elementsOf(taskRecords).map(e -> e.path("element_name").asText());
    }

    @Test
    void seeded_elements_are_finished_tasks_of_one_element_each() {
        Seq<String> ids = kling.seedElements(2);

        JsonNode page = wire.get(ELEMENTS).data();

        assertThat(page).hasSize(2).allSatisfy(task -> {
            assertThat(task.path("task_status").asText()).isEqualTo("succeed");
            assertThat(task.path("task_result").path("elements")).hasSize(1);
        });
        assertThat(elementsOf(page).map(e -> e.path("element_id").asText())).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids).allSatisfy(id -> assertThat(new BigInteger(id)).isGreaterThan(BigInteger.TWO.pow(53)));
    }

    @Test
    void lists_newest_first_in_pages() {
        kling.seedElements(7);

        JsonNode first = wire.get(ELEMENTS + "?pageNum=1&pageSize=3").data();
        JsonNode third = wire.get(ELEMENTS + "?pageNum=3&pageSize=3").data();
        JsonNode beyond = wire.get(ELEMENTS + "?pageNum=4&pageSize=3").data();

        assertThat(namesOf(first)).containsExactly("seed-7", "seed-6", "seed-5");
        assertThat(namesOf(third)).containsExactly("seed-1");
        assertThat(beyond.isArray()).isTrue();
        assertThat(beyond).isEmpty();
    }

    @Test
    void pages_by_30_by_default() {
        kling.seedElements(31);

        assertThat(wire.get(ELEMENTS).data()).hasSize(30);
    }

    @ParameterizedTest
    @CsvSource({
        "pageNum=0, pageNum",
        "pageNum=1001, pageNum",
        "pageSize=0, pageSize",
        "pageSize=501, pageSize",
        "pageSize=ten, pageSize"
    })
    void refuses_pages_outside_the_documented_range(String query, String parameter) {
        KlingWire.Answer answer = wire.get(ELEMENTS + "?" + query);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(1201);
        assertThat(answer.message()).startsWith(parameter + " must be between");
    }

    @Test
    void presets_are_official_elements_owned_by_kling_without_deductions() {
        JsonNode presets = wire.get("/v1/general/advanced-presets-elements?pageNum=1&pageSize=30")
                .data();

        assertThat(elementsOf(presets)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("owned_by").asText()).isEqualTo("kling");
            assertThat(e.path("element_id").isIntegralNumber()).isTrue();
        });
        assertThat(presets.get(0).has("final_unit_deduction")).isFalse();
        assertThat(wire.get("/v1/general/advanced-presets-elements?pageNum=1&pageSize=2")
                        .data())
                .hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/general/delete-advanced-elements", "/v1/general/delete-elements"})
    void both_delete_paths_mark_the_element_deleted(String path) {
        String id = kling.seedElements(1).head();

        KlingWire.Answer deleted = wire.post(path, "{\"element_id\":\"" + id + "\"}");

        assertThat(deleted.code()).isZero();
        assertThat(deleted.data().path("task_id").asText()).matches("\\d{18}");
        assertThat(deleted.data().path("task_status").asText()).isEqualTo("succeed");
        assertThat(elementsOf(wire.get(ELEMENTS).data()).head().path("status").asText())
                .isEqualTo("deleted");
        assertThat(kling.count(Operation.DELETE)).isEqualTo(1);
    }

    @Test
    void deleting_again_or_an_unknown_id_or_a_preset_is_refused_with_1201() {
        String id = kling.seedElements(1).head();
        wire.post("/v1/general/delete-advanced-elements", "{\"element_id\":\"" + id + "\"}");

        KlingWire.Answer again = wire.post("/v1/general/delete-advanced-elements", "{\"element_id\":\"" + id + "\"}");
        KlingWire.Answer unknown = wire.post("/v1/general/delete-elements", "{\"element_id\":\"404404404404404404\"}");
        KlingWire.Answer preset = wire.post("/v1/general/delete-elements", "{\"element_id\":\"863121023120580601\"}");

        assertThat(List.of(again, unknown, preset)).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.code()).isEqualTo(1201);
        });
        assertThat(again.message()).isEqualTo("Element already deleted: " + id);
        assertThat(unknown.message()).isEqualTo("Element not found by id: 404404404404404404");
        assertThat(preset.message()).contains("only custom elements");
    }

    @Test
    void delete_takes_the_element_id_as_a_string() {
        String id = kling.seedElements(1).head();

        KlingWire.Answer asNumber = wire.post("/v1/general/delete-advanced-elements", "{\"element_id\":" + id + "}");

        assertThat(asNumber.code()).isEqualTo(1201);
        assertThat(asNumber.message()).contains("as a string");
    }

    @Test
    void lists_the_official_voices_as_task_records() {
        JsonNode records =
                wire.get("/v1/general/presets-voices?pageNum=1&pageSize=30").data();

        Seq<JsonNode> voices = List.ofAll(records)
                .flatMap(r -> List.ofAll(r.path("task_result").path("voices")));
        assertThat(voices).isNotEmpty().allSatisfy(v -> {
            assertThat(v.path("voice_id").asText()).matches("\\d{18}");
            assertThat(v.path("voice_name").asText()).isNotBlank();
            assertThat(v.path("trial_url").asText()).startsWith("https://");
            assertThat(v.path("owned_by").asText()).isEqualTo("kling");
        });
        assertThat(kling.count(Operation.VOICES)).isEqualTo(1);
    }

    @Test
    void custom_voices_start_empty_and_accept_page_sizes_up_to_1000() {
        assertThat(wire.get("/v1/general/custom-voices?pageNum=1&pageSize=1000").data())
                .isEmpty();
        assertThat(wire.get("/v1/general/custom-voices?pageSize=1001").code()).isEqualTo(1201);
    }

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void typical_faults_use_kling_codes_and_the_error_envelope(ErrorKind kind) {
        kling.injectFault(Operation.LIST, kling.typicalFault(kind, "injected " + kind), 1);

        KlingWire.Answer answer = wire.get(ELEMENTS);

        Fault.Status expected = (Fault.Status) kling.typicalFault(kind, "x");
        assertThat(answer.status()).isEqualTo(expected.status());
        assertThat(answer.code()).isEqualTo(Integer.parseInt(expected.vendorCode()));
        assertThat(answer.message()).isEqualTo("injected " + kind);
        assertThat(answer.body().path("request_id").asText()).isNotBlank();
    }

    @Test
    void the_typical_faults_are_the_documented_status_and_code_pairs() {
        assertThat(List.of(ErrorKind.values())
                        .map(k -> (Fault.Status) kling.typicalFault(k, "m"))
                        .map(s -> s.status() + "/" + s.vendorCode()))
                .containsExactly(
                        "401/1000", "429/1102", "403/1103", "404/1203", "400/1201", "429/1303", "400/1301", "500/5000");
    }

    @Test
    void an_unknown_route_is_404_with_code_1203() {
        KlingWire.Answer answer = wire.get("/v1/general/custom-elements-nope");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo(1203);
    }

    @Test
    void routes_each_endpoint_to_its_operation() {
        kling.seedElements(1);
        String id = kling.seedElements(1).head();
        wire.post(ELEMENTS + "/", CreateBody.image("Maeva").json());
        wire.get(ELEMENTS + "/123");
        wire.get(ELEMENTS + "?pageNum=1&pageSize=30");
        wire.get("/v1/general/advanced-presets-elements");
        wire.post("/v1/general/delete-advanced-elements", "{\"element_id\":\"" + id + "\"}");
        wire.post("/v1/general/delete-elements", "{\"element_id\":\"" + id + "\"}");
        wire.get("/v1/general/presets-voices");
        wire.get("/v1/general/custom-voices");
        wire.get("/v1/general/elsewhere");

        assertThat(kling.journal().map(RecordedRequest::operation))
                .containsExactly(
                        Operation.CREATE,
                        Operation.TASK,
                        Operation.LIST,
                        Operation.PRESETS,
                        Operation.DELETE,
                        Operation.DELETE,
                        Operation.VOICES,
                        Operation.VOICES,
                        Operation.OTHER);
    }

    @Test
    void element_ids_stay_exact_numbers_in_the_raw_body() {
        String id = kling.seedElements(1).head();

        String raw = StreamSupport.stream(wire.get(ELEMENTS).data().spliterator(), false)
                .findFirst()
                .orElseThrow()
                .toString();

        assertThat(raw).contains("\"element_id\":" + id);
    }
}
