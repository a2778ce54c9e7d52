package io.elements4j.sandbox.kling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.sandbox.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /v1/general/advanced-custom-elements: the documented body is accepted, everything else refused in Kling's envelope. */
class KlingSimulatorCreateTest {

    static final String CREATE = "/v1/general/advanced-custom-elements";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static KlingSimulator kling;
    KlingWire wire;

    @BeforeAll
    static void start() {
        kling = new KlingSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(11));
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

    static String resource(String name) {
        try (InputStream in = KlingSimulatorCreateTest.class.getResourceAsStream("/kling/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KlingWire.Answer create(CreateBody body) {
        return wire.post(CREATE, body.json());
    }

    void assertRefused(KlingWire.Answer answer, int code, String messagePart) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.message()).contains(messagePart);
        assertThat(answer.body().path("request_id").asText()).isNotBlank();
    }

    /** Kling's element API docs' invocation examples, with its placeholders ("xxx", string) filled with valid values. */
    @ParameterizedTest
    @ValueSource(strings = {"seed-004-create-image-element.json", "seed-004-create-video-element.json"})
    void accepts_the_seeds_invocation_examples(String example) {
        KlingWire.Answer answer = wire.post(CREATE, resource(example));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isZero();
        assertThat(answer.data().path("task_status").asText()).isEqualTo("submitted");
    }

    @Test
    void the_create_answer_has_the_documented_fields() {
        KlingWire.Answer answer = create(CreateBody.image("Maeva").set("external_task_id", "order-17"));

        assertThat(answer.body().path("request_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(answer.data().path("task_id").isTextual()).isTrue();
        assertThat(answer.data().path("task_id").asText()).matches("\\d{18}");
        assertThat(answer.data().path("task_info").path("external_task_id").asText())
                .isEqualTo("order-17");
        assertThat(answer.data().path("task_status").asText()).isEqualTo("submitted");
        assertThat(answer.data().path("created_at").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(answer.data().path("updated_at").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(kling.count(Operation.CREATE)).isEqualTo(1);
    }

    @Test
    void accepts_plain_base64_images() {
        String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4});

        assertThat(create(CreateBody.image("Inline").frontal(png)).code()).isZero();
    }

    @Test
    void refuses_base64_with_a_data_prefix() {
        assertRefused(
                create(CreateBody.image("Inline").frontal("data:image/png;base64,iVBORw0KGgo=")), 1201, "data: prefix");
    }

    @Test
    void refuses_a_name_longer_than_20_characters() {
        assertRefused(create(CreateBody.image("n".repeat(21))), 1201, "element_name must not exceed 20 characters");
    }

    @Test
    void counts_the_name_in_characters_not_bytes() {
        assertThat(create(CreateBody.image("é".repeat(20))).code()).isZero();
    }

    @Test
    void requires_a_description_of_at_most_100_characters() {
        assertRefused(
                create(CreateBody.image("Maeva").remove("element_description")),
                1201,
                "element_description is required");
        assertRefused(
                create(CreateBody.image("Maeva").set("element_description", "d".repeat(101))),
                1201,
                "must not exceed 100");
    }

    @Test
    void refuses_an_unknown_reference_type() {
        assertRefused(
                create(CreateBody.image("Maeva").set("reference_type", "photo")),
                1201,
                "reference_type must be image_refer or video_refer");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4})
    void an_image_element_takes_one_to_three_refer_images(int count) {
        assertRefused(create(CreateBody.image("Maeva").referImages(count)), 1201, "1 to 3 images");
    }

    @Test
    void an_image_element_takes_three_refer_images() {
        assertThat(create(CreateBody.image("Maeva").referImages(3)).code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void a_video_element_takes_exactly_one_video(int count) {
        assertRefused(create(CreateBody.video("Speaker").videos(count)), 1201, "exactly 1 video");
    }

    @Test
    void refuses_a_tag_outside_the_catalogue() {
        assertRefused(create(CreateBody.image("Maeva").tags("o_102", "o_109")), 1201, "unknown tag_id: o_109");
    }

    @Test
    void refuses_an_unknown_voice() {
        assertRefused(create(CreateBody.video("Speaker").set("element_voice_id", "123")), 1201, "Voice id not found");
    }

    @Test
    void refuses_a_second_task_with_the_same_external_task_id() {
        create(CreateBody.image("First").set("external_task_id", "draft-1"));

        KlingWire.Answer again = create(CreateBody.image("Second").set("external_task_id", "draft-1"));

        assertRefused(again, 1201, "external_task_id already exists");
    }

    @Test
    void an_empty_external_task_id_counts_as_none() {
        create(CreateBody.image("First").set("external_task_id", ""));

        assertThat(create(CreateBody.image("Second").set("external_task_id", ""))
                        .code())
                .isZero();
    }

    @Test
    void refuses_unknown_fields_and_explicit_nulls_so_adapter_mistakes_show() {
        assertRefused(
                create(CreateBody.image("Maeva").set("element_tags", "o_102")),
                1200,
                "unknown parameter: element_tags");
        assertRefused(create(CreateBody.image("Maeva").setNull("callback_url")), 1200, "callback_url must not be null");
    }

    @Test
    void refuses_a_body_that_is_not_json_or_not_sent_as_json() {
        assertRefused(wire.post(CREATE, "element_name=Maeva"), 1200, "JSON object");
        assertRefused(
                wire.postWithoutContentType(CREATE, CreateBody.image("Maeva").json()), 1200, "Content-Type");
    }
}
