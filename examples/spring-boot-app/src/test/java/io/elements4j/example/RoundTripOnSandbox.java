package io.elements4j.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.client.Elements;
import io.elements4j.testkit.VirtualTime;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.spring.ElementsBuilderCustomizer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The example app against one vendor's simulator, configured by properties only ({@code elements.provider} and
 * {@code elements.config.*}): create and await, list, delete through its HTTP endpoints, then read the request
 * timer from the actuator's metrics endpoint. Each subclass picks the vendor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
abstract class RoundTripOnSandbox {

    /** Shared by the app's facade and the simulator, so waits and retries never really sleep. */
    static final VirtualTime TIME = VirtualTime.startingNow();
    static VendorSimulator vendor;

    @LocalServerPort
    int port;

    @Autowired
    Elements elements;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Starts the simulator and sets the properties a user would: the provider and its keys. */
    static void properties(String providerId, DynamicPropertyRegistry registry) {
        vendor = Sandboxes.start(providerId);
        vendor.useClock(TIME.clock());
        registry.add("elements.provider", () -> providerId);
        String prefix = "elements." + providerId + ".";
        vendor.configuration().forEach((key, value) ->
                registry.add("elements.config." + key.substring(prefix.length()), () -> value));
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    /** Test time only: the app itself sets nothing but properties. */
    @TestConfiguration
    static class VirtualClock {
        @Bean
        ElementsBuilderCustomizer virtualTime() {
            return builder -> builder.clock(TIME.clock()).sleeper(TIME);
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void creates_awaits_lists_and_deletes_through_the_auto_configured_bean_and_shows_the_request_timer()
            throws Exception {
        HttpResponse<String> created = send("POST", "/characters?name=Maeva");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"elements\":\\[\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();

        boolean lists = elements.provider().supports(Capability.LIST);
        HttpResponse<String> listed = send("GET", "/characters");
        if (lists) {
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains(id.group(1)).contains("Maeva");
        } else {
            assertThat(listed.statusCode()).as("a vendor without a listing says so plainly").isEqualTo(501);
            assertThat(listed.body()).contains("Unsupported");
        }

        HttpResponse<String> deleted = send("DELETE", "/characters/" + id.group(1));
        if (elements.provider().supports(Capability.DELETE)) {
            assertThat(deleted.body()).contains("\"outcome\":\"DELETED\"");
            if (lists) {
                assertThat(send("GET", "/characters").body()).doesNotContain(id.group(1));
            }
        } else {
            assertThat(deleted.statusCode()).as("a vendor without deletes says so plainly").isEqualTo(501);
        }
        assertThat(vendor.creations()).hasSize(1);

        HttpResponse<String> timer = send("GET", "/actuator/metrics/elements.client.requests");
        assertThat(timer.statusCode()).isEqualTo(200);
        assertThat(timer.body()).contains("\"name\":\"elements.client.requests\"", "\"COUNT\"", "provider",
                vendor.providerId(), "submit", "success");
        HttpResponse<String> health = send("GET", "/actuator/health");
        assertThat(health.body()).contains("\"elements\"").contains("\"UP\"");
    }

    @Test
    void an_error_keeps_the_vendors_raw_answer_for_a_support_ticket_without_secrets() throws Exception {
        vendor.injectFault(Operation.CREATE, vendor.typicalFault(io.elements4j.sandbox.ErrorKind.INVALID_REQUEST,
                "no such account"), 1);

        HttpResponse<String> created = send("POST", "/characters?name=Refused");

        assertThat(created.statusCode()).isEqualTo(502);
        assertThat(elements.lastFailedResponse()).isNotNull();
        assertThat(elements.lastFailedResponse().isDefined()).isTrue();
        String ticket = elements.lastFailedResponse().get().describe();
        assertThat(ticket).startsWith("HTTP 4").contains("no such account");
        vendor.configuration().filterKeys(k -> k.endsWith("key") || k.endsWith("token"))
                .values().forEach(secret -> assertThat(ticket).doesNotContain(secret));
        vendor.reset();
    }

}
