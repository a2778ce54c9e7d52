package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.elements4j.adapter.support.ItemsApi.Answer;
import io.elements4j.adapter.support.ItemsApi.Item;
import io.elements4j.adapter.support.ItemsApi.NewItem;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.Conflict;
import io.elements4j.domain.error.ElementsError.Forbidden;
import io.elements4j.domain.error.ElementsError.InsufficientCredits;
import io.elements4j.domain.error.ElementsError.InvalidRequest;
import io.elements4j.domain.error.ElementsError.NotFound;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.domain.error.ElementsError.Unauthorized;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.Secret;
import io.elements4j.ports.time.Deadline;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VendorHttpTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final TestVendor setup =
            TestVendor.at("http://localhost:" + vendor.getPort()).httpClient(httpClient());
    private final VendorHttp http = setup.http().build();
    private final ItemsApi api = http.client(ItemsApi.class);
    private final NewItem draft = new NewItem("Lady in red", "idem-7f3c");

    /** The transport under test: the default; {@link VendorHttpOnJdkClientTest} runs every test on the other. */
    String httpClient() {
        return "apache";
    }

    private static String errorBody(String code, String message, String requestId) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}, \"request_id\": \""
                + requestId + "\"}";
    }

    @Test
    void decodes_a_2xx_body_into_the_vendors_record() {
        vendor.stubFor(
                get("/items/42").willReturn(okJson("{\"id\": \"42\", \"name\": \"Lady in red\", \"extra\": 1}")));

        Either<ElementsError, Item> item = http.call(CallKind.READ, () -> api.item("42"));

        assertThat(item.get()).isEqualTo(new Item("42", "Lady in red"));
    }

    @Test
    void keeps_ids_above_2_to_the_53_exact_whether_sent_as_numbers_or_strings() {
        vendor.stubFor(get("/items/n").willReturn(okJson("{\"id\": 863121023120580607, \"name\": \"n\"}")));
        vendor.stubFor(get("/items/s").willReturn(okJson("{\"id\": \"863121023120580607\", \"name\": \"s\"}")));

        assertThat(http.call(CallKind.READ, () -> api.item("n")).get().id()).isEqualTo("863121023120580607");
        assertThat(http.call(CallKind.READ, () -> api.item("s")).get().id()).isEqualTo("863121023120580607");
    }

    @Test
    void sends_json_with_our_user_agent_and_the_bearer_credential() {
        vendor.stubFor(post("/items").willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));

        http.call(CallKind.CREATE, () -> api.create(draft));

        vendor.verify(postRequestedFor(urlEqualTo("/items"))
                .withHeader("Authorization", equalTo("Bearer " + TestVendor.API_KEY))
                .withHeader("User-Agent", equalTo("elements4j/" + LibraryVersion.get()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"name\": \"Lady in red\", \"external_task_id\": \"idem-7f3c\"}")));
        assertThat(LibraryVersion.get()).isNotEqualTo("unknown");
    }

    @Test
    void a_method_that_declares_its_own_accept_and_content_type_keeps_them_on_every_call() {
        vendor.stubFor(
                post("/items/plain").willReturn(aResponse().withStatus(200).withBody("done")));
        vendor.stubFor(post("/items").willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));

        for (int call = 0; call < 2; call++) {
            assertThat(http.call(CallKind.CREATE, () -> api.createPlain(draft)).get())
                    .isEqualTo("done");
            http.call(CallKind.CREATE, () -> api.create(draft));
        }

        vendor.verify(
                2,
                postRequestedFor(urlEqualTo("/items/plain"))
                        .withHeader("Accept", equalTo("text/plain"))
                        .withHeader("Content-Type", equalTo("application/merge-patch+json")));
        vendor.verify(
                2,
                postRequestedFor(urlEqualTo("/items"))
                        .withHeader("Accept", equalTo("application/json"))
                        .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void sends_a_key_with_braces_as_it_is() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"n\"}")));
        String key = "sk-{id}-{{x}}";
        ProviderConfig config = setup.config();
        try (VendorHttp braced = VendorHttp.builder("Acme", config, "http://unused.invalid")
                .bearer(Secret.of(key))
                .header("X-Api-Key", Secret.of(key))
                .build()) {
            braced.call(CallKind.READ, () -> braced.client(ItemsApi.class).item("1"));
        }

        vendor.verify(getRequestedFor(urlEqualTo("/items/1"))
                .withHeader("Authorization", equalTo("Bearer " + key))
                .withHeader("X-Api-Key", equalTo(key)));
    }

    static Stream<Arguments> error_statuses() {
        return Stream.of(
                Arguments.of(400, InvalidRequest.class),
                Arguments.of(401, Unauthorized.class),
                Arguments.of(402, InsufficientCredits.class),
                Arguments.of(403, Forbidden.class),
                Arguments.of(404, NotFound.class),
                Arguments.of(409, Conflict.class),
                Arguments.of(422, InvalidRequest.class),
                Arguments.of(429, RateLimited.class),
                Arguments.of(500, ProviderFailure.class),
                Arguments.of(502, ProviderFailure.class),
                Arguments.of(503, ProviderFailure.class));
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @MethodSource("error_statuses")
    void maps_each_error_status_to_its_error_with_the_vendors_message_code_and_request_id(
            int status, Class<?> expected) {
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody("E" + status, "the vendor explains " + status, "req-" + status))));
        VendorHttp once = setup.maxRetries(0).http().build();

        ElementsError error = once.call(
                        CallKind.READ, () -> once.client(ItemsApi.class).item("1"))
                .getLeft();

        assertThat(error).isInstanceOf(expected);
        assertThat(error.message())
                .startsWith("Acme ")
                .contains("HTTP " + status)
                .contains("the vendor explains " + status)
                .contains("req-" + status);
        assertThat(error.vendorCode()).contains("E" + status);
        assertThat(error.requestId()).contains("req-" + status);
        assertThat(error.retryable()).isEqualTo(status == 429 || status >= 500);
    }

    @Test
    void waits_at_least_the_vendors_retry_after_before_retrying_a_rate_limited_read() {
        vendor.stubFor(get("/items/1")
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "3")
                        .withBody(errorBody("rate_limit_exceeded", "slow down", "r1")))
                .willSetStateTo("open"));
        vendor.stubFor(get("/items/1")
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"ok\"}")));

        CallOutcome<Item> outcome = http.execute(CallKind.READ, () -> api.item("1"));

        assertThat(outcome.result().get().name()).isEqualTo("ok");
        assertThat(outcome.attempts()).isEqualTo(2);
        vendor.verify(2, getRequestedFor(urlEqualTo("/items/1")));
        assertThat(setup.time().totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_read_answered_503_is_retried_up_to_max_retries_and_then_reports_every_attempt() {
        vendor.stubFor(get("/items/1")
                .willReturn(
                        aResponse().withStatus(503).withBody(errorBody("service_unavailable", "maintenance", "r2"))));

        CallOutcome<Item> outcome = http.execute(CallKind.READ, () -> api.item("1"));

        assertThat(outcome.attempts()).isEqualTo(3);
        vendor.verify(3, getRequestedFor(urlEqualTo("/items/1")));
        ProviderFailure failure = (ProviderFailure) outcome.result().getLeft();
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.message()).contains("maintenance").endsWith("gave up after 3 attempts");
        // 1 s then 2 s, each less up to 20 % jitter
        assertThat(setup.time().sleepCount()).isEqualTo(2);
        assertThat(setup.time().totalSlept()).isBetween(Duration.ofMillis(2400), Duration.ofSeconds(3));
    }

    @Test
    void a_delete_answered_502_is_retried_like_a_read() {
        vendor.stubFor(delete("/items/1")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502))
                .willSetStateTo("fine"));
        vendor.stubFor(delete("/items/1")
                .inScenario("flaky")
                .whenScenarioStateIs("fine")
                .willReturn(aResponse().withStatus(204)));

        CallOutcome<String> outcome = http.execute(CallKind.DELETE, () -> api.delete("1"));

        assertThat(outcome.result()).isEqualTo(Either.right(""));
        vendor.verify(2, deleteRequestedFor(urlEqualTo("/items/1")));
    }

    @Test
    void a_create_answered_503_was_turned_away_so_it_is_sent_again() {
        vendor.stubFor(post("/items")
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("ready"));
        vendor.stubFor(post("/items")
                .inScenario("busy")
                .whenScenarioStateIs("ready")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));

        CallOutcome<Item> outcome = http.execute(CallKind.CREATE, () -> api.create(draft));

        assertThat(outcome.result().isRight()).isTrue();
        assertThat(outcome.attempts()).isEqualTo(2);
    }

    @Test
    void a_definite_refusal_of_a_read_is_not_retried() {
        vendor.stubFor(get("/items/1").willReturn(aResponse().withStatus(401)));

        CallOutcome<Item> outcome = http.execute(CallKind.READ, () -> api.item("1"));

        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.result().getLeft()).isInstanceOf(Unauthorized.class);
    }

    @Test
    void a_create_answered_500_is_never_resent_and_may_have_been_accepted() {
        vendor.stubFor(post("/items")
                .willReturn(
                        aResponse().withStatus(500).withBody(errorBody("internal_error", "something broke", "r3"))));

        CallOutcome<Item> outcome = http.execute(CallKind.CREATE, () -> api.create(draft));

        vendor.verify(1, postRequestedFor(urlEqualTo("/items")));
        assertThat(outcome.attempts()).isEqualTo(1);
        ProviderFailure failure = (ProviderFailure) outcome.result().getLeft();
        assertThat(failure.ambiguous()).isTrue();
        assertThat(failure.message()).contains("something broke", "r3", "may have been accepted");
    }

    @Test
    void a_create_hit_by_a_connection_reset_is_never_resent_and_may_have_been_accepted() {
        vendor.stubFor(post("/items").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CallOutcome<Item> outcome = http.execute(CallKind.CREATE, () -> api.create(draft));

        vendor.verify(1, postRequestedFor(urlEqualTo("/items")));
        ProviderFailure failure = (ProviderFailure) outcome.result().getLeft();
        assertThat(failure.status()).isZero();
        assertThat(failure.ambiguous()).isTrue();
        assertThat(failure.message()).contains("after the request was sent");
    }

    @Test
    void a_create_that_timed_out_is_never_resent() {
        vendor.stubFor(post("/items")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"late\"}").withFixedDelay(1500)));
        VendorHttp impatient = setup.readTimeout("PT0.2S").http().build();

        CallOutcome<Item> outcome = impatient.execute(
                CallKind.CREATE, () -> impatient.client(ItemsApi.class).create(draft));

        vendor.verify(1, postRequestedFor(urlEqualTo("/items")));
        ProviderFailure failure = (ProviderFailure) outcome.result().getLeft();
        assertThat(failure.ambiguous()).isTrue();
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.message()).containsIgnoringCase("timed out");
    }

    @Test
    void a_read_that_timed_out_is_retried() {
        vendor.stubFor(get("/items/1")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"late\"}").withFixedDelay(1500)));
        VendorHttp impatient = setup.readTimeout("PT0.2S").maxRetries(1).http().build();

        CallOutcome<Item> outcome = impatient.execute(
                CallKind.READ, () -> impatient.client(ItemsApi.class).item("1"));

        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(((ProviderFailure) outcome.result().getLeft()).ambiguous()).isFalse();
    }

    @Test
    void a_refused_connection_never_reached_the_vendor_so_even_a_create_is_retried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TestVendor nowhere = TestVendor.at("http://localhost:" + closedPort).httpClient(httpClient());
        VendorHttp unreachable = nowhere.http().build();

        CallOutcome<Item> outcome = unreachable.execute(
                CallKind.CREATE, () -> unreachable.client(ItemsApi.class).create(draft));

        assertThat(outcome.attempts()).isEqualTo(3);
        ProviderFailure failure = (ProviderFailure) outcome.result().getLeft();
        assertThat(failure.ambiguous()).isFalse();
        assertThat(failure.status()).isZero();
        assertThat(failure.message()).startsWith("Acme could not be reached: ").contains("ConnectException");
        assertThat(nowhere.time().sleepCount()).isEqualTo(2);
    }

    @Test
    void a_create_turned_away_with_a_rate_limit_is_retried_because_it_was_never_accepted() {
        vendor.stubFor(post("/items")
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(errorBody("rate_limit_exceeded", "busy", "r4")))
                .willSetStateTo("free"));
        vendor.stubFor(post("/items")
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(okJson("{\"id\": \"9\", \"name\": \"Lady in red\"}")));

        CallOutcome<Item> outcome = http.execute(CallKind.CREATE, () -> api.create(draft));

        assertThat(outcome.result().get().id()).isEqualTo("9");
        vendor.verify(
                2,
                postRequestedFor(urlEqualTo("/items"))
                        .withRequestBody(
                                equalToJson("{\"name\": \"Lady in red\", \"external_task_id\": \"idem-7f3c\"}")));
    }

    @Test
    void a_vendor_asking_for_a_very_long_wait_gets_no_retry_and_the_caller_gets_the_wait() {
        vendor.stubFor(get("/items/1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

        CallOutcome<Item> outcome = http.execute(CallKind.READ, () -> api.item("1"));

        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(((RateLimited) outcome.result().getLeft()).retryAfter()).contains(Duration.ofMinutes(10));
        assertThat(setup.time().sleepCount()).isZero();
    }

    @Test
    void a_malformed_2xx_body_on_a_read_is_retried_like_a_5xx_and_says_it_could_not_be_read() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": ")));

        ElementsError error = http.call(CallKind.READ, () -> api.item("1")).getLeft();

        assertThat(error).isInstanceOfSatisfying(ProviderFailure.class, failure -> {
            assertThat(failure.status()).isEqualTo(200);
            assertThat(failure.retryable()).isTrue();
            assertThat(failure.ambiguous()).isFalse();
        });
        assertThat(error.message())
                .startsWith("the response from Acme could not be read (HTTP 200): ")
                .contains("gave up after 3 attempts");
        vendor.verify(3, getRequestedFor(urlEqualTo("/items/1")));
    }

    @Test
    void a_malformed_2xx_body_on_a_create_is_never_resent_and_may_have_been_accepted() {
        vendor.stubFor(post("/items").willReturn(okJson("{\"id\": \"1\", ")));

        ElementsError error =
                http.call(CallKind.CREATE, () -> api.create(draft)).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ProviderFailure.class,
                        failure -> assertThat(failure.ambiguous()).isTrue());
        vendor.verify(1, postRequestedFor(urlEqualTo("/items")));
    }

    @Test
    void an_answer_the_adapter_cannot_use_is_retried_inside_the_loop_then_read() {
        vendor.stubFor(get("/items/1")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"id\": \"1\"}"))
                .willSetStateTo("fixed"));
        vendor.stubFor(get("/items/1")
                .inScenario("flaky")
                .whenScenarioStateIs("fixed")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady\"}")));

        Either<ElementsError, String> name = http.call(
                CallKind.READ,
                () -> api.item("1"),
                item -> item.name() == null ? Either.left("an item without name") : Either.right(item.name()));

        assertThat(name.get()).isEqualTo("Lady");
        vendor.verify(2, getRequestedFor(urlEqualTo("/items/1")));
    }

    @Test
    void no_retry_is_waited_for_past_the_call_timeout_and_the_last_failure_says_why() {
        vendor.stubFor(get("/items/1").willReturn(aResponse().withStatus(503)));
        VendorHttp hurried = setup.callTimeout("PT0.5S").http().build();

        CallOutcome<Item> outcome = hurried.execute(
                CallKind.READ, () -> hurried.client(ItemsApi.class).item("1"));

        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.result().getLeft().message()).contains("call-timeout leaves no time to try again");
        assertThat(setup.time().sleepCount()).isZero();
    }

    @Test
    void nothing_is_sent_once_the_open_deadline_has_passed() {
        Deadline passed = Deadline.after(Duration.ofSeconds(1), setup.time().clock());
        setup.time().advance(Duration.ofSeconds(2));

        CallOutcome<Item> outcome = passed.within(() -> http.execute(CallKind.CREATE, () -> api.create(draft)));

        assertThat(outcome.attempts()).isZero();
        assertThat(outcome.result().getLeft()).isInstanceOf(ElementsError.Timeout.class);
        vendor.verify(0, postRequestedFor(urlEqualTo("/items")));
    }

    @Test
    void a_request_waits_no_longer_than_what_is_left_of_the_call_timeout() {
        vendor.stubFor(get("/items/1")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"late\"}").withFixedDelay(3000)));
        VendorHttp slow = setup.readTimeout("PT30S").maxRetries(0).http().build();
        Deadline soon = Deadline.after(Duration.ofMillis(300), Clock.systemUTC());
        long started = System.nanoTime();

        CallOutcome<Item> outcome = soon.within(() ->
                slow.execute(CallKind.READ, () -> slow.client(ItemsApi.class).item("1")));

        assertThat(outcome.result().getLeft()).isInstanceOf(ProviderFailure.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void an_html_page_where_json_was_expected_could_not_be_read_either() {
        vendor.stubFor(get("/items/1").willReturn(aResponse().withStatus(200).withBody("<html>Login</html>")));

        ElementsError error = http.call(CallKind.READ, () -> api.item("1")).getLeft();

        assertThat(error.message()).contains("could not be read");
    }

    @Test
    void an_empty_2xx_body_where_a_record_was_expected_could_not_be_read() {
        vendor.stubFor(get("/items/1").willReturn(aResponse().withStatus(200)));

        ElementsError error = http.call(CallKind.READ, () -> api.item("1")).getLeft();

        assertThat(error.message()).contains("could not be read", "the body was empty");
    }

    @Test
    void a_redirect_is_not_followed_so_the_credential_stays_with_the_vendor() {
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse().withStatus(302).withHeader("Location", "http://elsewhere.invalid/x")));

        ElementsError error = http.call(CallKind.READ, () -> api.item("1")).getLeft();

        assertThat(error).isInstanceOf(ProviderFailure.class);
        assertThat(error.retryable()).isFalse();
        assertThat(error.message()).contains("HTTP 302", "redirect to http://elsewhere.invalid/x", "base URL");
    }

    @Test
    void an_error_envelope_in_a_2xx_body_is_classified_and_retried_like_an_error_status() {
        vendor.stubFor(post("/items")
                .inScenario("kling")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"code\": 1303, \"message\": \"parallel task over resource pack limit\","
                        + " \"request_id\": \"9984d27b\"}"))
                .willSetStateTo("ok"));
        vendor.stubFor(post("/items")
                .inScenario("kling")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{\"code\": 0, \"id\": 321930081569316, \"name\": \"ok\"}")));
        DefaultErrorClassification defaults = DefaultErrorClassification.forVendor("Kling");
        ErrorClassifier kling = (failure, call) -> {
            VendorError said = VendorError.guess(failure);
            return said.code().contains("1303")
                    ? defaults.rateLimited(failure, said)
                    : defaults.classify(failure, call, said);
        };
        VendorHttp klingHttp = setup.http()
                .classifier(kling)
                .errorEnvelopeIn2xx(body -> body.path("code").asLong(0) != 0)
                .build();

        CallOutcome<Item> outcome = klingHttp.execute(
                CallKind.CREATE, () -> klingHttp.client(ItemsApi.class).create(draft));

        assertThat(outcome.result().get().id()).isEqualTo("321930081569316");
        assertThat(outcome.attempts()).isEqualTo(2);
    }

    @Test
    void an_error_envelope_in_a_2xx_body_that_is_final_is_reported_with_the_vendors_words() {
        vendor.stubFor(get("/items/1")
                .willReturn(okJson("{\"code\": 1201, \"message\": \"Task not found\", \"request_id\": \"abc-1\"}")));
        VendorHttp klingHttp = setup.http()
                .errorEnvelopeIn2xx(body -> body.path("code").asLong(0) != 0)
                .build();

        ElementsError error = klingHttp
                .call(CallKind.READ, () -> klingHttp.client(ItemsApi.class).item("1"))
                .getLeft();

        assertThat(error).isInstanceOf(ProviderFailure.class);
        assertThat(error.message())
                .isEqualTo("Acme answered with an error (HTTP 200, code 1201): Task not found [request id abc-1]");
        assertThat(error.retryable()).isFalse();
    }

    /** Kling's check as a tree predicate alone, and the same behind a screen on the bound answer. */
    static Stream<Arguments> kling_checks() {
        Predicate<JsonNode> isError = body -> body.path("code").asLong(0) != 0;
        Predicate<Object> mayBeError =
                value -> !(value instanceof Answer answer) || answer.code() != null && answer.code() != 0;
        return Stream.of(
                Arguments.of("tree predicate", (UnaryOperator<VendorHttp.Builder>) b -> b.errorEnvelopeIn2xx(isError)),
                Arguments.of("screen, then tree", (UnaryOperator<VendorHttp.Builder>)
                        b -> b.errorEnvelopeIn2xx(isError, mayBeError)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kling_checks")
    void an_error_envelope_around_a_record_is_classified_and_retried_and_a_success_keeps_its_exact_id(
            String check, UnaryOperator<VendorHttp.Builder> withCheck) {
        vendor.stubFor(post("/answers")
                .inScenario("kling")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"code\": 1303, \"message\": \"parallel task over resource pack limit\","
                        + " \"request_id\": \"9984d27b\", \"data\": null}"))
                .willSetStateTo("ok"));
        vendor.stubFor(post("/answers")
                .inScenario("kling")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{\"code\": 0, \"message\": \"SUCCEED\", \"request_id\": \"9984d27c\","
                        + " \"data\": {\"id\": 863121023120580607, \"name\": \"ok\"}}")));
        DefaultErrorClassification defaults = DefaultErrorClassification.forVendor("Kling");
        ErrorClassifier kling = (failure, call) -> {
            VendorError said = VendorError.guess(failure);
            return said.code().contains("1303")
                    ? defaults.rateLimited(failure, said)
                    : defaults.classify(failure, call, said);
        };
        VendorHttp klingHttp = withCheck.apply(setup.http().classifier(kling)).build();
        ItemsApi klingApi = klingHttp.client(ItemsApi.class);

        CallOutcome<Answer> outcome = klingHttp.execute(CallKind.CREATE, () -> klingApi.createAnswered(draft));

        assertThat(outcome.result().get().data()).isEqualTo(new Item("863121023120580607", "ok"));
        assertThat(outcome.attempts()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kling_checks")
    void an_error_envelope_is_the_vendors_error_whether_or_not_its_data_fits_the_success_record(
            String check, UnaryOperator<VendorHttp.Builder> withCheck) {
        vendor.stubFor(
                get("/answers/null")
                        .willReturn(
                                okJson(
                                        "{\"code\": 1201, \"message\": \"Task not found\", \"request_id\": \"abc-1\", \"data\": null}")));
        vendor.stubFor(
                get("/answers/text")
                        .willReturn(
                                okJson(
                                        "{\"code\": 1201, \"message\": \"Task not found\", \"request_id\": \"abc-1\", \"data\": \"gone\"}")));
        vendor.stubFor(
                get("/answers/list")
                        .willReturn(
                                okJson(
                                        "{\"code\": \"1201\", \"message\": \"Task not found\", \"request_id\": \"abc-1\", \"data\": [1, 2]}")));
        VendorHttp klingHttp = withCheck.apply(setup.http()).build();
        ItemsApi klingApi = klingHttp.client(ItemsApi.class);

        for (String shape : List.of("null", "text", "list")) {
            ElementsError error =
                    klingHttp.call(CallKind.READ, () -> klingApi.answer(shape)).getLeft();

            assertThat(error).as(shape).isInstanceOf(ProviderFailure.class);
            assertThat(error.message())
                    .as(shape)
                    .isEqualTo("Acme answered with an error (HTTP 200, code 1201): Task not found [request id abc-1]");
            assertThat(error.retryable()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kling_checks")
    void a_success_envelope_whose_data_does_not_fit_could_not_be_read(
            String check, UnaryOperator<VendorHttp.Builder> withCheck) {
        vendor.stubFor(get("/answers/1")
                .willReturn(okJson("{\"code\": 0, \"message\": \"SUCCEED\", \"data\": \"not an item\"}")));
        VendorHttp klingHttp = withCheck.apply(setup.http()).build();

        ElementsError error = klingHttp
                .call(CallKind.READ, () -> klingHttp.client(ItemsApi.class).answer("1"))
                .getLeft();

        assertThat(error).isInstanceOf(ProviderFailure.class);
        assertThat(error.message()).startsWith("the response from Acme could not be read (HTTP 200): ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kling_checks")
    void a_method_returning_text_gets_the_raw_body_unchecked(
            String check, UnaryOperator<VendorHttp.Builder> withCheck) {
        vendor.stubFor(delete("/items/1").willReturn(okJson("{\"code\": 1201, \"message\": \"Task not found\"}")));
        VendorHttp klingHttp = withCheck.apply(setup.http()).build();

        Either<ElementsError, String> body = klingHttp.call(
                CallKind.DELETE, () -> klingHttp.client(ItemsApi.class).delete("1"));

        assertThat(body.get()).isEqualTo("{\"code\": 1201, \"message\": \"Task not found\"}");
    }

    @Test
    void a_void_feign_method_is_a_programming_error_not_a_vendor_failure() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{}")));

        Assertions.assertThatThrownBy(() -> http.call(CallKind.READ, () -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not void");
    }
}
