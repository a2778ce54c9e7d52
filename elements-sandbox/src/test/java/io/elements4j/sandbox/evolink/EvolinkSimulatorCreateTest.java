package io.elements4j.sandbox.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elements4j.sandbox.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /v1/videos/generations}: the seed's examples are accepted, and the OpenAPI's rules are enforced. */
class EvolinkSimulatorCreateTest {

    /** The instant of the seed's create example: {@code "created": 1757169743}. */
    static final Instant SEED_INSTANT = Instant.ofEpochSecond(1_757_169_743L);

    static EvolinkSimulator vendor;
    static EvolinkHttp http;

    @BeforeAll
    static void start() {
        vendor = new EvolinkSimulator(Clock.fixed(SEED_INSTANT, ZoneOffset.UTC), new SplittableRandom(42));
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
    void accepts_the_seeds_image_refer_example_and_answers_the_documented_task_object() {
        EvolinkHttp.Reply reply = http.create(Bodies.IMAGE_REFER_EXAMPLE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("created").asLong()).isEqualTo(1_757_169_743L);
        assertThat(reply.json().path("id").asText()).matches("task-unified-1757169743-[a-z0-9]{8}");
        assertThat(reply.json().path("model").asText()).isEqualTo("kling-custom-element");
        assertThat(reply.json().path("object").asText()).isEqualTo("video.generation.task");
        assertThat(reply.json().path("progress").isInt()).isTrue();
        assertThat(reply.json().path("progress").asInt()).isZero();
        assertThat(reply.json().path("status").asText()).isEqualTo("pending");
        assertThat(reply.json().path("task_info").path("can_cancel").isBoolean())
                .isTrue();
        assertThat(reply.json().path("task_info").path("estimated_time").asInt())
                .isEqualTo(600);
        assertThat(reply.json().path("type").asText()).isEqualTo("video");
        assertThat(reply.json().path("usage").path("billing_rule").asText()).isEqualTo("per_call");
        assertThat(reply.json().path("usage").path("credits_reserved").isNumber())
                .isTrue();
        assertThat(reply.json().path("usage").path("user_group").asText()).isEqualTo("default");
        assertThat(reply.raw().headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void answers_with_exactly_the_fields_of_the_documented_create_response() {
        EvolinkHttp.Reply reply = http.create(Bodies.IMAGE_REFER_EXAMPLE);

        assertThat(reply.json().fieldNames())
                .toIterable()
                .containsExactly(
                        "created", "id", "model", "object", "progress", "status", "task_info", "type", "usage");
    }

    @Test
    void accepts_the_seeds_video_refer_example_with_its_voice() {
        assertThat(http.create(Bodies.VIDEO_REFER_EXAMPLE).status()).isEqualTo(200);
        assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
    }

    @Test
    void accepts_a_public_https_callback_and_a_name_of_exactly_twenty_characters() {
        String body = Bodies.image(r -> {
            r.put("callback_url", "https://your-domain.com/webhooks/video-task-completed");
            Bodies.params(r).put("element_name", "\uD83E\uDD8A".repeat(20));
        });

        assertThat(http.create(body).status()).isEqualTo(200);
    }

    @Test
    void accepts_image_elements_with_only_extra_images_as_the_schema_requires_no_frontal_image() {
        String body =
                Bodies.image(r -> ((ObjectNode) Bodies.params(r).get("element_image_list")).remove("frontal_image"));

        assertThat(http.create(body).status()).isEqualTo(200);
    }

    @Test
    void gives_every_task_its_own_id() {
        assertThat(http.createdTaskId()).isNotEqualTo(http.createdTaskId());
    }

    @Test
    void makes_the_same_ids_from_the_same_seed() {
        Clock clock = Clock.fixed(SEED_INSTANT, ZoneOffset.UTC);
        try (EvolinkSimulator first = new EvolinkSimulator(clock, new SplittableRandom(7));
                EvolinkSimulator second = new EvolinkSimulator(clock, new SplittableRandom(7))) {
            String a = new EvolinkHttp(first).createdTaskId();
            String b = new EvolinkHttp(second).createdTaskId();

            assertThat(a).isEqualTo(b);
        }
    }

    static Stream<Arguments> invalid_bodies() {
        return Stream.of(
                refused("a body that is not JSON", null, "JSON"),
                refused("another model", r -> r.put("model", "kling-o3-text-to-video"), "model"),
                refused("no model", r -> r.remove("model"), "model"),
                refused("no model_params", r -> r.remove("model_params"), "model_params"),
                refused("no element_name", r -> Bodies.params(r).remove("element_name"), "element_name"),
                refused(
                        "a 21-character name",
                        r -> Bodies.params(r).put("element_name", "n".repeat(21)),
                        "element_name"),
                refused(
                        "no element_description",
                        r -> Bodies.params(r).remove("element_description"),
                        "element_description"),
                refused(
                        "a 101-character description",
                        r -> Bodies.params(r).put("element_description", "d".repeat(101)),
                        "element_description"),
                refused(
                        "a reference_type outside the enum",
                        r -> Bodies.params(r).put("reference_type", "image"),
                        "reference_type"),
                refused("no reference_type", r -> Bodies.params(r).remove("reference_type"), "reference_type"),
                refused(
                        "image_refer without element_image_list",
                        r -> Bodies.params(r).remove("element_image_list"),
                        "element_image_list"),
                refused(
                        "a refer_images item without image_url",
                        r -> Bodies.params(r)
                                .withObjectProperty("element_image_list")
                                .putArray("refer_images")
                                .addObject()
                                .put("url", "https://example.com/side.jpg"),
                        "image_url"),
                refused(
                        "element_voice_id on an image element",
                        r -> Bodies.params(r).put("element_voice_id", "829824295735410756"),
                        "element_voice_id"),
                refused("an http callback", r -> r.put("callback_url", "http://example.com/hook"), "callback_url"),
                refused(
                        "a callback longer than 2048 characters",
                        r -> r.put("callback_url", "https://example.com/" + "a".repeat(2030)),
                        "callback_url"));
    }

    static Stream<Arguments> invalid_video_bodies() {
        return Stream.of(
                refused(
                        "video_refer without element_video_list",
                        r -> Bodies.params(r).remove("element_video_list"),
                        "element_video_list"),
                refused(
                        "element_video_list as Kling's refer_videos array",
                        r -> Bodies.params(r)
                                .putArray("element_video_list")
                                .addObject()
                                .put("video_url", "https://example.com/v.mp4"),
                        "element_video_list"),
                refused(
                        "element_video_list without video_url",
                        r -> Bodies.params(r).putObject("element_video_list"),
                        "video_url"),
                refused(
                        "a numeric element_voice_id",
                        r -> Bodies.params(r).put("element_voice_id", 829824295735410756L),
                        "element_voice_id"));
    }

    private static Arguments refused(String what, Consumer<ObjectNode> change, String named) {
        return Arguments.of(what, change, named);
    }

    @ParameterizedTest(name = "refuses {0} with 400 invalid_request")
    @MethodSource("invalid_bodies")
    void refuses_an_image_request_that_breaks_the_openapi_schema(
            String what, Consumer<ObjectNode> change, String named) {
        EvolinkHttp.Reply reply = http.create(change == null ? "not json" : Bodies.image(change));

        assertInvalidRequest(reply, named);
    }

    @ParameterizedTest(name = "refuses {0} with 400 invalid_request")
    @MethodSource("invalid_video_bodies")
    void refuses_a_video_request_that_breaks_the_openapi_schema(
            String what, Consumer<ObjectNode> change, String named) {
        assertInvalidRequest(http.create(Bodies.video(change)), named);
    }

    @ParameterizedTest(name = "refuses a callback to {0}")
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.9/hook",
                "https://172.31.255.1/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://localhost/hook",
                "https://api.localhost/hook",
                "https://0.0.0.0/hook",
                "https://100.64.0.1/hook"
            })
    void refuses_a_callback_to_an_internal_host(String url) {
        vendor.strictCallbackHosts(true);
        assertInvalidRequest(http.create(Bodies.image(r -> r.put("callback_url", url))), "callback_url");
    }

    @ParameterizedTest(name = "as a sandbox, takes a callback to {0}, where it calls back")
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "https://localhost/hook", "http://[::1]:9/hook"})
    void as_a_sandbox_takes_a_loopback_callback(String url) {
        assertThat(http.create(Bodies.image(r -> r.put("callback_url", url))).status())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "as a sandbox, still refuses a callback to {0}")
    @ValueSource(strings = {"http://10.1.2.3/hook", "https://192.168.1.1/hook", "http://example.com/hook"})
    void as_a_sandbox_still_refuses_other_internal_or_plain_http_callbacks(String url) {
        assertInvalidRequest(http.create(Bodies.image(r -> r.put("callback_url", url))), "callback_url");
    }

    @ParameterizedTest(name = "accepts a callback to {0}")
    @ValueSource(
            strings = {
                "https://172.32.0.1/hook",
                "https://8.8.8.8/hook",
                "https://[2001:db8::1]/hook",
                "https://hooks.example.com:8443/evolink?x=1"
            })
    void accepts_a_callback_to_a_public_host(String url) {
        assertThat(http.create(Bodies.image(r -> r.put("callback_url", url))).status())
                .isEqualTo(200);
    }

    private static void assertInvalidRequest(EvolinkHttp.Reply reply, String named) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.error().path("code").asText()).isEqualTo("invalid_request");
        assertThat(reply.error().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(reply.error().path("message").asText()).containsIgnoringCase(named);
    }
}
