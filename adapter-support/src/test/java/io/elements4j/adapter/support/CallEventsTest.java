package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.observe.CallStarted;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.observe.OperationScope;
import io.elements4j.ports.spi.ProviderConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every call tells the listener it started, each retry, and how it ended; nothing secret reaches the listener. */
class CallEventsTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final List<Object> events = new ArrayList<>();

    private ItemsApi api(VendorHttp http) {
        return http.client(ItemsApi.class);
    }

    private VendorHttp http(boolean wantsBodies) {
        return http(recording(wantsBodies, wantsBodies));
    }

    private VendorHttp http(ElementsListener... listeners) {
        TestVendor setup = TestVendor.at("http://127.0.0.1:" + vendor.getPort());
        ProviderConfig config = setup.config().toBuilder()
                .listener(ElementsListener.all(List.of(listeners)))
                .build();
        return VendorHttp.builder("Acme", config, "http://unused.invalid")
                .bearer(config.secret("api-key").get())
                .retryPolicy(RetryPolicy.from(config).withRandom(new SplittableRandom(7)))
                .build();
    }

    /** Records every event in {@link #events}; {@code ofSuccesses} false is the facade's keeper of failed answers. */
    private ElementsListener recording(boolean wantsBodies, boolean ofSuccesses) {
        return new ElementsListener() {
            @Override
            public void callStarted(CallStarted event) {
                events.add(event);
            }

            @Override
            public void callRetried(CallRetried event) {
                events.add(event);
            }

            @Override
            public void callEnded(CallEnded event) {
                events.add(event);
            }

            @Override
            public boolean wantsBodies() {
                return wantsBodies;
            }

            @Override
            public boolean wantsBodiesOfSuccesses() {
                return ofSuccesses;
            }
        };
    }

    /** Runs {@code call} and answers every text the redaction scanned meanwhile. */
    private static List<String> scannedDuring(Runnable call) {
        List<String> scanned = new ArrayList<>();
        Redaction.scanning = scanned::add;
        try {
            call.run();
        } finally {
            Redaction.scanning = null;
        }
        return scanned;
    }

    @Test
    void a_successful_call_is_reported_started_then_ended_with_its_status_request_id_and_operation() {
        vendor.stubFor(get("/items/1")
                .willReturn(okJson("{\"id\": \"1\", \"name\": \"n\"}").withHeader("X-Request-Id", "req-ok-1")));
        VendorHttp http = http(false);

        OperationScope.within(
                "find", () -> http.call(CallKind.READ, () -> api(http).item("1")));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new CallStarted("test", "find"));
        CallEnded ended = (CallEnded) events.get(1);
        assertThat(ended.outcome()).isEqualTo(CallEnded.SUCCESS);
        assertThat(ended.operation()).isEqualTo("find");
        assertThat(ended.attempts()).isEqualTo(1);
        assertThat(ended.httpStatus()).isEqualTo(200);
        assertThat(ended.requestId()).contains("req-ok-1");
        assertThat(ended.response()).as("no body unless the listener opts in").isEmpty();
    }

    @Test
    void a_retried_call_reports_each_failed_attempt_with_status_vendor_code_and_request_id() {
        vendor.stubFor(get("/items/2")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(
                        aResponse()
                                .withStatus(503)
                                .withHeader("Content-Type", "application/json")
                                .withBody(
                                        "{\"error\": {\"code\": \"overloaded\", \"message\": \"busy\"}, \"request_id\": \"req-503\"}"))
                .willSetStateTo("ok"));
        vendor.stubFor(get("/items/2")
                .inScenario("flaky")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\": \"2\", \"name\": \"n\"}")));
        VendorHttp http = http(false);

        http.call(CallKind.READ, () -> api(http).item("2"));

        assertThat(events).hasSize(3);
        CallRetried retried = (CallRetried) events.get(1);
        assertThat(retried.operation())
                .as("outside the facade: the kind of call")
                .isEqualTo("read");
        assertThat(retried.attempt()).isEqualTo(1);
        assertThat(retried.httpStatus()).isEqualTo(503);
        assertThat(retried.vendorCode()).contains("overloaded");
        assertThat(retried.requestId()).contains("req-503");
        assertThat(retried.error()).isEqualTo("ProviderFailure");
        assertThat(retried.delay()).isPositive();
        CallEnded ended = (CallEnded) events.get(2);
        assertThat(ended.succeeded()).isTrue();
        assertThat(ended.attempts()).isEqualTo(2);
    }

    @Test
    void a_failed_call_ends_with_the_error_and_the_raw_response_with_secrets_masked_and_no_body_unless_asked() {
        vendor.stubFor(get("/items/3")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Api-Key", TestVendor.API_KEY)
                        .withBody("{\"error\": {\"code\": \"missing\", \"message\": \"no item; key "
                                + TestVendor.API_KEY + "\"}, \"request_id\": \"req-404\"}")));

        VendorHttp plain = http(false);
        plain.call(CallKind.READ, () -> api(plain).item("3"));
        VendorHttp withBodies = http(true);
        withBodies.call(CallKind.READ, () -> api(withBodies).item("3"));

        CallEnded withoutBody = (CallEnded) events.get(1);
        assertThat(withoutBody.outcome()).isEqualTo("NotFound");
        assertThat(withoutBody.httpStatus()).isEqualTo(404);
        assertThat(withoutBody.vendorCode()).contains("missing");
        assertThat(withoutBody.requestId()).contains("req-404");
        assertThat(withoutBody.response().get().status()).isEqualTo(404);
        assertThat(withoutBody.response().get().header("x-api-key")).contains("****");
        assertThat(withoutBody.response().get().body()).isEmpty();

        CallEnded withBody = (CallEnded) events.get(3);
        assertThat(withBody.response().get().body()).contains("no item").doesNotContain(TestVendor.API_KEY);
        assertThat(events.toString()).doesNotContain(TestVendor.API_KEY);
    }

    @Test
    void a_successful_call_copies_and_redacts_no_body_when_its_listeners_want_only_those_of_failures() {
        vendor.stubFor(get("/items/6").willReturn(okJson("{\"id\": \"6\", \"name\": \"" + TestVendor.API_KEY + "\"}")));
        VendorHttp http = http(recording(true, false), recording(false, false));

        List<String> scanned =
                scannedDuring(() -> http.call(CallKind.READ, () -> api(http).item("6")));

        assertThat(scanned).as("nothing redacted for a body nobody is shown").isEmpty();
        assertThat(((CallEnded) events.get(2)).response()).isEmpty();
        assertThat(((CallEnded) events.get(3)).response()).isEmpty();
    }

    @Test
    void a_listener_that_wants_bodies_of_successes_is_shown_the_body_redacted_once_and_the_others_are_not() {
        vendor.stubFor(get("/items/7").willReturn(okJson("{\"id\": \"7\", \"name\": \"" + TestVendor.API_KEY + "\"}")));
        VendorHttp http = http(recording(true, true), recording(true, false));

        List<String> scanned =
                scannedDuring(() -> http.call(CallKind.READ, () -> api(http).item("7")));

        assertThat(scanned).hasSize(1);
        CallEnded shownBody = (CallEnded) events.get(2);
        assertThat(shownBody.response().get().body())
                .contains("\"id\": \"7\"")
                .contains("****")
                .doesNotContain(TestVendor.API_KEY);
        assertThat(shownBody.response().get().status()).isEqualTo(200);
        assertThat(((CallEnded) events.get(3)).response())
                .as("wants only failures' bodies")
                .isEmpty();
    }

    @Test
    void a_failed_answer_is_redacted_once_however_many_listeners_are_shown_it() {
        vendor.stubFor(get("/items/8")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"missing\", \"message\": \"no item 8; key "
                                + TestVendor.API_KEY + "\"}}")));
        VendorHttp http = http(recording(true, true), recording(true, false), recording(false, false));

        List<String> scanned =
                scannedDuring(() -> http.call(CallKind.READ, () -> api(http).item("8")));

        assertThat(scanned).filteredOn(text -> text.contains("no item 8")).hasSize(1);
        for (int i = 3; i <= 4; i++) {
            assertThat(((CallEnded) events.get(i)).response().get().body()).contains("no item 8; key ****");
        }
        assertThat(((CallEnded) events.get(5)).response().get().body()).isEmpty();
        assertThat(events.toString()).doesNotContain(TestVendor.API_KEY);
    }

    @Test
    void a_listener_that_throws_changes_nothing() {
        vendor.stubFor(get("/items/4").willReturn(okJson("{\"id\": \"4\", \"name\": \"n\"}")));
        ElementsListener broken = new ElementsListener() {
            @Override
            public void callStarted(CallStarted event) {
                throw new IllegalStateException("listener bug");
            }
        };
        ProviderConfig config = TestVendor.at("http://127.0.0.1:" + vendor.getPort()).config().toBuilder()
                .listener(ElementsListener.all(List.of(broken)))
                .build();
        VendorHttp http =
                VendorHttp.builder("Acme", config, "http://unused.invalid").build();

        assertThat(http.call(CallKind.READ, () -> api(http).item("4")).get().id())
                .isEqualTo("4");
    }

    @Test
    void the_durations_come_from_the_configured_clock() {
        vendor.stubFor(get("/items/5").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
        VendorHttp http = http(false);

        http.call(CallKind.READ, () -> api(http).item("5"));

        CallEnded ended = (CallEnded) events.get(events.size() - 1);
        assertThat(ended.outcome()).isEqualTo("RateLimited");
        assertThat(ended.attempts()).isEqualTo(3);
        assertThat(ended.duration()).as("two virtual Retry-After waits").isGreaterThanOrEqualTo(Duration.ofSeconds(6));
    }
}
