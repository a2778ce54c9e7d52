package io.elements4j.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared simulator machinery, exercised through a tiny counter vendor. */
class HttpSimulatorTest {

    /** A vendor with one counter: POST /count increments it, GET /count reads it. */
    static final class CounterVendor extends HttpSimulator {
        int counter;
        volatile SimRequest last;

        CounterVendor() {
            super("counter", "good-key", Clock.systemUTC());
        }

        @Override
        protected Operation route(SimRequest request) {
            if (request.is("POST", "/count")) {
                return Operation.CREATE;
            }
            return request.is("GET", "/count") ? Operation.TASK : Operation.OTHER;
        }

        @Override
        protected SimResponse error(int status, String vendorCode, String message) {
            return SimResponse.json(
                    status, SimJson.object().put("err", vendorCode).put("msg", message));
        }

        @Override
        protected SimResponse unauthorized(SimRequest request) {
            return error(401, "auth", "who are you");
        }

        @Override
        protected SimResponse handle(Operation operation, SimRequest request) {
            last = request;
            if (operation == Operation.CREATE) {
                counter++;
            }
            return SimResponse.ok(SimJson.object().put("count", counter));
        }

        @Override
        protected void clearState() {
            counter = 0;
        }

        @Override
        public Fault typicalFault(ErrorKind kind, String message) {
            return Fault.status(400, kind.name(), message);
        }

        @Override
        public Seq<String> seedElements(int count) {
            counter += count;
            return List.range(0, count).map(i -> "c" + i);
        }

        @Override
        protected Map<String, String> extraConfiguration() {
            return LinkedHashMap.of("email", "a@b.c");
        }
    }

    static CounterVendor vendor;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        vendor = new CounterVendor();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    HttpResponse<String> send(String method, String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(vendor.baseUrl() + path))
                .method(
                        method,
                        method.equals("POST")
                                ? HttpRequest.BodyPublishers.ofString("{}")
                                : HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listens_on_loopback_only() {
        assertThat(vendor.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void a_handler_sees_the_query_exactly_as_sent_for_a_signature_check() throws Exception {
        send("GET", "/count?b=x%20y&a=1&b=second", "good-key");

        assertThat(vendor.last.target()).isEqualTo("/count?b=x%20y&a=1&b=second");
        assertThat(vendor.last.rawQuery()).isEqualTo("b=x%20y&a=1&b=second");
        assertThat(vendor.last.query("b"))
                .as("the parsed query, decoded, first value")
                .contains("x y");

        send("GET", "/count", "good-key");
        assertThat(vendor.last.target()).isEqualTo("/count");
    }

    @Test
    void answers_from_state_with_a_valid_credential() throws Exception {
        send("POST", "/count", "good-key");
        HttpResponse<String> read = send("GET", "/count", "good-key");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("{\"count\":1}");
    }

    @Test
    void refuses_a_missing_or_wrong_credential_in_the_vendor_envelope() throws Exception {
        assertThat(send("GET", "/count", null).body()).contains("\"err\":\"auth\"");
        assertThat(send("GET", "/count", "bad-key").statusCode()).isEqualTo(401);
    }

    @Test
    void answers_unknown_routes_with_the_vendors_404() throws Exception {
        HttpResponse<String> response = send("GET", "/nope", "good-key");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no such endpoint: GET /nope");
    }

    @Test
    void an_injected_status_answers_the_next_n_requests_of_its_operation_only() throws Exception {
        vendor.injectFault(Operation.CREATE, Fault.status(429, "busy", "slow down", Duration.ofSeconds(3)), 2);

        HttpResponse<String> read = send("GET", "/count", "good-key");
        HttpResponse<String> first = send("POST", "/count", "good-key");
        HttpResponse<String> second = send("POST", "/count", "good-key");
        HttpResponse<String> third = send("POST", "/count", "good-key");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(first.body()).contains("\"msg\":\"slow down\"");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(vendor.counter).isEqualTo(1);
    }

    @Test
    void a_reset_after_processing_changes_state_but_gives_no_answer() throws Exception {
        vendor.injectFault(Operation.CREATE, Fault.connectionReset(), 1);

        assertThatThrownBy(() -> send("POST", "/count", "good-key")).isInstanceOf(IOException.class);
        assertThat(vendor.counter).isEqualTo(1);
    }

    @Test
    void a_reset_before_processing_leaves_state_alone() throws Exception {
        vendor.injectFault(Fault.connectionResetBeforeProcessing(), 1);

        assertThatThrownBy(() -> send("POST", "/count", "good-key")).isInstanceOf(IOException.class);
        assertThat(vendor.counter).isZero();
    }

    @Test
    void a_malformed_body_is_not_json() throws Exception {
        vendor.injectFault(Fault.malformedBody(200), 1);

        HttpResponse<String> response = send("GET", "/count", "good-key");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SimJson.readObject(response.body()).isEmpty()).isTrue();
    }

    @Test
    void the_journal_records_every_request_with_its_operation_until_reset() throws Exception {
        send("POST", "/count?x=1&y=two%20words", "good-key");
        send("GET", "/count", "good-key");

        assertThat(vendor.journal()).extracting(r -> r.operation()).containsExactly(Operation.CREATE, Operation.TASK);
        assertThat(vendor.journal().head().queryParam("y")).contains("two words");
        assertThat(vendor.journal().head().header("Authorization")).contains("Bearer good-key");
        assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);

        vendor.reset();
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void configuration_points_a_provider_at_the_simulator() {
        assertThat(vendor.configuration().toJavaMap())
                .containsEntry("elements.counter.base-url", vendor.baseUrl())
                .containsEntry("elements.counter.api-key", "good-key")
                .containsEntry("elements.counter.email", "a@b.c");
    }
}
