package io.elements4j.sandbox.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authentication, unknown routes and injected faults, all in Evolink's {@code {"error": {code, message, type}}}. */
class EvolinkSimulatorErrorsTest {

    static EvolinkSimulator vendor;
    static EvolinkHttp http;

    @BeforeAll
    static void start() {
        vendor = new EvolinkSimulator();
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
    void a_request_without_a_bearer_token_gets_the_documented_401() {
        EvolinkHttp.Reply reply = http.send("POST", "/v1/videos/generations", Bodies.IMAGE_REFER_EXAMPLE, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error().path("code").asText()).isEqualTo("unauthorized");
        assertThat(reply.error().path("message").asText()).isEqualTo("Invalid or expired token");
        assertThat(reply.error().path("type").asText()).isEqualTo("authentication_error");
    }

    @Test
    void a_wrong_key_gets_401_on_task_reads_too() {
        EvolinkHttp.Reply reply = http.send("GET", "/v1/tasks/task-unified-1-abcdefgh", null, "sk-wrong");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error().path("code").asText()).isEqualTo("unauthorized");
    }

    @ParameterizedTest(name = "{0} {1} is not an Evolink route")
    @CsvSource({
        "GET, /v1/elements",
        "DELETE, /v1/tasks/task-unified-1-abcdefgh",
        "GET, /v1/videos/generations",
        "POST, /v1/tasks/task-unified-1-abcdefgh",
        "GET, /v1/voices"
    })
    void every_other_route_is_404_in_the_envelope(String method, String path) {
        EvolinkHttp.Reply reply = http.send(
                method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}", EvolinkSimulator.API_KEY);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().path("code").asText()).isNotBlank();
        assertThat(reply.error().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(vendor.journal().last().operation()).isEqualTo(Operation.OTHER);
    }

    @ParameterizedTest(name = "{0} is {1} {2} / {3}")
    @CsvSource({
        "UNAUTHORIZED, 401, unauthorized, authentication_error",
        "INSUFFICIENT_CREDITS, 402, insufficient_quota, insufficient_quota",
        "FORBIDDEN, 403, model_access_denied, invalid_request_error",
        "NOT_FOUND, 404, task_not_found, invalid_request_error",
        "INVALID_REQUEST, 400, invalid_request, invalid_request_error",
        "RATE_LIMITED, 429, rate_limit_exceeded, rate_limit_error",
        "POLICY_REJECTED, 400, content_policy_violation, invalid_request_error",
        "SERVER_ERROR, 500, internal_error, api_error"
    })
    void each_typical_fault_is_evolinks_own_answer(ErrorKind kind, int status, String code, String type) {
        vendor.injectFault(Operation.CREATE, vendor.typicalFault(kind, "the message"), 1);

        EvolinkHttp.Reply reply = http.create(Bodies.IMAGE_REFER_EXAMPLE);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.error().path("code").asText()).isEqualTo(code);
        assertThat(reply.error().path("message").asText()).isEqualTo("the message");
        assertThat(reply.error().path("type").asText()).isEqualTo(type);
    }

    @Test
    void an_upstream_error_is_502_with_its_documented_type() {
        vendor.injectFault(Operation.TASK, Fault.status(502, "upstream_error", "Upstream AI service unavailable"), 1);

        EvolinkHttp.Reply reply = http.task("task-unified-1-abcdefgh");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.error().path("type").asText()).isEqualTo("upstream_error");
    }

    @Test
    void an_injected_rate_limit_carries_retry_after_and_then_the_request_succeeds() {
        vendor.injectFault(
                Operation.CREATE,
                Fault.status(
                        429, "rate_limit_exceeded", "Too many requests, please try again later", Duration.ofSeconds(7)),
                1);

        EvolinkHttp.Reply limited = http.create(Bodies.IMAGE_REFER_EXAMPLE);
        EvolinkHttp.Reply accepted = http.create(Bodies.IMAGE_REFER_EXAMPLE);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).contains("7");
        assertThat(accepted.status()).isEqualTo(200);
    }

    @Test
    void its_configuration_points_the_evolink_provider_at_it() {
        assertThat(vendor.configuration().toJavaMap())
                .containsEntry("elements.evolink.base-url", vendor.baseUrl())
                .containsEntry("elements.evolink.api-key", EvolinkSimulator.API_KEY)
                .containsEntry("elements.evolink.allow-loopback-callbacks", "true")
                .hasSize(3);
        assertThat(vendor.providerId()).isEqualTo("evolink");
        assertThat(vendor.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(vendor.credential()).isEqualTo(EvolinkSimulator.API_KEY);
    }

    @Test
    void sandboxes_start_it_by_provider_id() {
        try (VendorSimulator started = Sandboxes.start("evolink")) {
            assertThat(started).isInstanceOf(EvolinkSimulator.class);
        }
    }
}
