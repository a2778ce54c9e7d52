package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.Test;

/** The transport contract on the default, Apache HttpClient 5, and what only it needs. */
class ApacheTransportTest extends TransportContract {

    @Override
    String httpClient() {
        return "apache";
    }

    @Test
    void with_debug_on_everywhere_apaches_own_logs_never_hold_the_credential() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"ok\"}")));
        vendor.stubFor(post("/items").willReturn(okJson("{\"id\": \"2\", \"name\": \"new\"}")));

        List<String> lines = CapturingSlf4j.capture(() -> {
            http.call(CallKind.READ, () -> api.item("1"));
            http.call(CallKind.CREATE, () -> api.create(new ItemsApi.NewItem("n", "k")));
        });

        assertThat(lines)
                .as("Apache HttpClient logged at DEBUG (so this test can see a leak)")
                .anyMatch(line -> line.startsWith("org.apache.hc.client5"));
        assertThat(lines).noneMatch(line -> line.contains(TestVendor.API_KEY));
        vendor.verify(getRequestedFor(urlEqualTo("/items/1"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + TestVendor.API_KEY)));
    }

    @Test
    void the_transport_itself_never_retries_even_a_read_the_vendor_asks_to_retry() {
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "1")
                        .withBody("{\"error\": \"busy\"}")));
        VendorHttp once = setup.maxRetries(0).http().build();

        ElementsError error = once.call(
                        CallKind.READ, () -> once.client(ItemsApi.class).item("1"))
                .getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        vendor.verify(1, getRequestedFor(urlEqualTo("/items/1")));
        once.close();
    }

    @Test
    void a_proxy_set_in_the_system_properties_carries_every_request() {
        // the vendor's host does not resolve: only a request handed to the proxy can be answered
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"via proxy\"}")));
        Map<String, String> proxy = Map.of(
                "http.proxyHost", "127.0.0.1",
                "http.proxyPort", String.valueOf(vendor.getPort()),
                // the JVM's default list would send loopback past the proxy
                "http.nonProxyHosts", "nothing.invalid");
        Map<String, String> before = new java.util.HashMap<>();
        proxy.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
        try (VendorHttp proxied = TestVendor.at("http://vendor.invalid")
                .httpClient("apache")
                .http()
                .build()) {

            Either<ElementsError, ItemsApi.Item> item = proxied.call(
                    CallKind.READ, () -> proxied.client(ItemsApi.class).item("1"));

            assertThat(item.get().name()).isEqualTo("via proxy");
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
        vendor.verify(getRequestedFor(urlEqualTo("/items/1")).withHeader("Host", WireMock.equalTo("vendor.invalid")));
    }

    @Test
    void with_no_proxy_set_up_requests_go_straight_to_the_vendor_without_asking_the_proxy_selector() {
        assertThat(ApacheTransport.directUnlessProxied())
                .as("a JVM with no proxy properties gets the direct planner")
                .isNotNull();
        String before = System.setProperty("https.proxyHost", "proxy.invalid");
        try {
            assertThat(ApacheTransport.directUnlessProxied())
                    .as("with https.proxyHost set, Apache's system planner decides per request")
                    .isNull();
        } finally {
            if (before == null) {
                System.clearProperty("https.proxyHost");
            } else {
                System.setProperty("https.proxyHost", before);
            }
        }
    }

    @Test
    void a_body_is_read_whole_whether_its_length_is_announced_or_not() throws IOException {
        byte[] page = new byte[100_000];
        java.util.Arrays.fill(page, (byte) 'x');

        byte[] announced = ApacheTransport.bytesOf(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(page, null));
        byte[] streamed = ApacheTransport.bytesOf(new org.apache.hc.core5.http.io.entity.InputStreamEntity(
                new java.io.ByteArrayInputStream(page), -1, null));
        byte[] cutShort = ApacheTransport.bytesOf(new org.apache.hc.core5.http.io.entity.InputStreamEntity(
                new java.io.ByteArrayInputStream(page, 0, 10), page.length, null));

        assertThat(announced).isEqualTo(page);
        assertThat(streamed).isEqualTo(page);
        assertThat(cutShort).as("what came, not zeros after it").hasSize(10);
        assertThat(ApacheTransport.bytesOf(null)).isEmpty();
    }

    @Test
    void sends_no_compression_or_cookie_headers_of_its_own() {
        vendor.stubFor(post("/items")
                .willReturn(okJson("{\"id\": \"2\", \"name\": \"new\"}").withHeader("Set-Cookie", "session=abc")));

        http.call(CallKind.CREATE, () -> api.create(new ItemsApi.NewItem("n", "k")));
        http.call(CallKind.CREATE, () -> api.create(new ItemsApi.NewItem("n", "k2")));

        vendor.verify(
                2,
                postRequestedFor(urlEqualTo("/items"))
                        .withoutHeader("Accept-Encoding")
                        .withoutHeader("Cookie")
                        .withoutHeader("Expect"));
    }

    @Test
    void tls_is_set_up_on_the_first_https_connection_not_when_the_client_is_built() throws Exception {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"ok\"}")));
        AtomicInteger setUps = new AtomicInteger();
        ApacheTransport transport = new ApacheTransport(Duration.ofSeconds(2), () -> {
            setUps.incrementAndGet();
            return DefaultClientTlsStrategy.createDefault();
        });
        try {
            try (feign.Response plain = transport.execute(
                    request("http://localhost:" + vendor.getPort() + "/items/1"), new feign.Request.Options())) {
                assertThat(plain.status()).isEqualTo(200);
            }
            assertThat(setUps)
                    .as("built, and a plain http call made: no TLS yet")
                    .hasValue(0);

            // The stand-in speaks plain http, so the handshake fails; what matters is that it was set up for it.
            assertThatThrownBy(() -> transport.execute(
                            request("https://localhost:" + vendor.getPort() + "/items/1"), new feign.Request.Options()))
                    .isInstanceOf(IOException.class);
            assertThat(setUps).as("the first https connection set TLS up").hasValue(1);
        } finally {
            transport.close();
        }
    }

    @Test
    void a_tls_set_up_that_fails_fails_the_connection_before_anything_is_sent_and_is_tried_again_next_time() {
        AtomicInteger setUps = new AtomicInteger();
        ApacheTransport transport = new ApacheTransport(Duration.ofSeconds(2), () -> {
            setUps.incrementAndGet();
            throw new IllegalStateException("trust store /nowhere/cacerts not found");
        });
        try {
            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThatThrownBy(() -> transport.execute(
                                request("https://localhost:" + vendor.getPort() + "/items/1"),
                                new feign.Request.Options()))
                        .isInstanceOf(SSLException.class)
                        .hasMessageContaining("TLS could not be set up")
                        .hasMessageContaining("/nowhere/cacerts");
            }
            assertThat(setUps).hasValue(2);
            assertThat(vendor.getAllServeEvents())
                    .as("nothing reached the vendor")
                    .isEmpty();
        } finally {
            transport.close();
        }
    }

    private static feign.Request request(String url) {
        return feign.Request.create(feign.Request.HttpMethod.GET, url, Map.of(), null, StandardCharsets.UTF_8, null);
    }

    @Test
    void a_closed_client_refuses_to_send() {
        http.close();

        assertThatThrownBy(() -> http.call(CallKind.READ, () -> api.item("1")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void an_unknown_http_client_is_refused_naming_the_key_and_its_values() {
        ProviderConfig config =
                ProviderConfig.builder("test").set("http-client", "okhttp").build();

        assertThatThrownBy(() -> VendorHttp.builder("Acme", config, "http://unused.invalid")
                        .build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("http-client")
                .hasMessageContaining("apache or jdk")
                .hasMessageContaining("'okhttp'");
    }
}
