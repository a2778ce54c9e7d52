package io.elements4j.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.domain.capability.Capability;
import io.elements4j.sandbox.ErrorKind;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.VendorSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example app against one vendor's simulator, set up as a user's test is: {@code @ElementsSandbox} on the
 * {@code @SpringBootTest} (each subclass names the vendor) and nothing else. Create and await, list, read one as
 * JSON, delete and read health through its HTTP endpoints, with no network.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "elements.health.cache-ttl=0s"})
abstract class RoundTripOnSandbox {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void creates_awaits_lists_reads_and_deletes_through_the_apps_endpoints(Elements elements, VendorSimulator vendor)
            throws Exception {
        HttpResponse<String> created = send("POST", "/characters?name=Maeva");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"state\":\"SUCCEEDED\"");
        Matcher id = Pattern.compile("\"elementIds\":\\[\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();

        HttpResponse<String> listed = send("GET", "/characters");
        HttpResponse<String> one = send("GET", "/characters/" + id.group(1));
        if (elements.provider().supports(Capability.LIST)) {
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains("\"elements\":[", "\"id\":\"" + id.group(1) + "\"", "Maeva");
        } else {
            assertThat(listed.statusCode())
                    .as("a vendor without a listing says so plainly")
                    .isEqualTo(501);
            assertThat(listed.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
            assertThat(listed.body()).contains("\"error\":\"Unsupported\"");
        }
        if (elements.provider().supports(Capability.FIND)) {
            assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
            assertThat(one.body())
                    .as("clean JSON: ids as strings, Vavr values as values")
                    .startsWith("{\"id\":\"" + id.group(1) + "\",\"name\":\"Maeva")
                    .contains("\"tags\":[", "\"media\":{")
                    .doesNotContain("\"defined\"", "\"empty\"", "\"async\"");
        } else {
            assertThat(one.statusCode()).isEqualTo(501);
        }

        HttpResponse<String> deleted = send("DELETE", "/characters/" + id.group(1));
        if (elements.provider().supports(Capability.DELETE)) {
            assertThat(deleted.body()).contains("\"outcome\":\"DELETED\"");
            assertThat(send("GET", "/characters").body()).doesNotContain(id.group(1));
        } else {
            assertThat(deleted.statusCode())
                    .as("a vendor without deletes says so plainly")
                    .isEqualTo(501);
        }
        assertThat(vendor.creations()).as("every call went to the simulator").hasSize(1);

        HttpResponse<String> timer = send("GET", "/actuator/metrics/elements.client.requests");
        assertThat(timer.statusCode()).isEqualTo(200);
        assertThat(timer.body()).contains("\"name\":\"elements.client.requests\"", vendor.providerId(), "submit");
        HttpResponse<String> health = send("GET", "/actuator/health/elements-vendor");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"provider\":\"" + vendor.providerId() + "\"")
                .contains(
                        elements.provider().supports(Capability.LIST)
                                        || elements.provider().supports(Capability.TAG_CATALOGUE)
                                        || elements.provider().supports(Capability.VOICE_CATALOGUE)
                                ? "\"UP\""
                                : "\"UNKNOWN\"");
    }

    @Test
    void a_refused_create_is_a_problem_answer_without_the_key(VendorSimulator vendor) throws Exception {
        vendor.injectFault(Operation.CREATE, vendor.typicalFault(ErrorKind.INVALID_REQUEST, "no such account"), 1);

        HttpResponse<String> created = send("POST", "/characters?name=Refused");

        assertThat(created.statusCode()).isBetween(400, 599);
        assertThat(created.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(created.body()).contains("\"error\":\"", "no such account");
        vendor.configuration()
                .filterKeys(k -> k.endsWith("key") || k.endsWith("token"))
                .values()
                .forEach(secret -> assertThat(created.body()).doesNotContain(secret));
    }

    @Test
    void a_vendor_refusing_the_key_shows_in_the_vendor_group_but_leaves_the_app_up(
            Elements elements, VendorSimulator vendor) throws Exception {
        Assumptions.assumeTrue(elements.provider().supports(Capability.LIST), "the health check reads the listing");
        vendor.injectFault(Operation.LIST, vendor.typicalFault(ErrorKind.UNAUTHORIZED, "bad key"), 10);

        HttpResponse<String> app = send("GET", "/actuator/health");
        HttpResponse<String> group = send("GET", "/actuator/health/elements-vendor");

        assertThat(app.statusCode()).as(app.body()).isEqualTo(200);
        assertThat(app.body()).startsWith("{\"components\"").contains("\"status\":\"UP\"}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(503);
        assertThat(group.body()).contains("VENDOR_DOWN", "the vendor refused the credentials");
    }
}
