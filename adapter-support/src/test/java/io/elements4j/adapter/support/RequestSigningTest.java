package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A signer signs each request as it goes on the wire: the base URL's path, the query and the body included. */
class RequestSigningTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Secret SECRET = Secret.of("hmac-secret-5be1");

    /** Signs "METHOD\npath?query\nattempt\nsha256(body)", as a vendor with HMAC request signing would ask. */
    private final AtomicInteger attempts = new AtomicInteger();

    private final RequestSigner hmac = request -> {
        String attempt = Integer.toString(attempts.incrementAndGet());
        return LinkedHashMap.of(
                "X-Attempt",
                attempt,
                "X-Signature",
                Signatures.hex(Signatures.hmacSha256(
                        SECRET, canonical(request.method(), request.pathWithQuery(), attempt, request.body()))));
    };

    private static String canonical(String method, String target, String attempt, byte[] body) {
        return method + "\n" + target + "\n" + attempt + "\n" + Signatures.hex(Signatures.sha256(body));
    }

    private VendorHttp httpFor(String basePath, RequestSigner signer) {
        return TestVendor.at("http://localhost:" + vendor.getPort() + basePath)
                .http()
                .signer(signer)
                .build();
    }

    /** What the vendor would compute from the request it received. */
    private static String expectedSignature(LoggedRequest received) {
        return Signatures.hex(Signatures.hmacSha256(
                SECRET,
                canonical(
                        received.getMethod().getName(),
                        received.getUrl(),
                        received.getHeader("X-Attempt"),
                        received.getBody())));
    }

    @Test
    void the_signature_covers_the_base_path_the_raw_query_and_the_body_as_received() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));
        VendorHttp http = httpFor("/v1/acme", hmac);
        ItemsApi api = http.client(ItemsApi.class);

        http.call(CallKind.READ, () -> api.search("lady in red & co", 20));
        http.call(CallKind.CREATE, () -> api.create(new ItemsApi.NewItem("Lady in red", "k-1")));

        LoggedRequest search = vendor.getAllServeEvents().get(1).getRequest();
        LoggedRequest create = vendor.getAllServeEvents().get(0).getRequest();
        assertThat(search.getUrl()).startsWith("/v1/acme/items?q=lady");
        assertThat(search.getHeader("X-Signature")).isEqualTo(expectedSignature(search));
        assertThat(create.getBodyAsString()).contains("Lady in red");
        assertThat(create.getHeader("X-Signature")).isEqualTo(expectedSignature(create));
    }

    @Test
    void a_signature_made_without_the_base_path_would_not_match() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"1\", \"name\": \"n\"}")));
        VendorHttp http = httpFor(
                "/v1/acme",
                request -> LinkedHashMap.of(
                        "X-Attempt",
                        "1",
                        "X-Signature",
                        Signatures.hex(Signatures.hmacSha256(
                                SECRET,
                                canonical(
                                        request.method(),
                                        request.pathWithQuery().replaceFirst("^/v1/acme", ""),
                                        "1",
                                        request.body())))));

        ItemsApi api = http.client(ItemsApi.class);

        http.call(CallKind.READ, () -> api.search("x", 1));

        LoggedRequest received = vendor.getAllServeEvents().get(0).getRequest();
        assertThat(received.getHeader("X-Signature"))
                .as("what an interceptor, blind to the base path, would sign")
                .isNotEqualTo(expectedSignature(received));
    }

    @Test
    void every_attempt_is_signed_afresh() {
        vendor.stubFor(any(anyUrl())
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        vendor.stubFor(any(anyUrl())
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(okJson("{\"id\": \"42\", \"name\": \"n\"}")));
        VendorHttp http = httpFor("", hmac);
        ItemsApi api = http.client(ItemsApi.class);

        assertThat(http.call(CallKind.READ, () -> api.item("42")).isRight()).isTrue();

        assertThat(vendor.getAllServeEvents())
                .hasSize(2)
                .allSatisfy(event -> assertThat(event.getRequest().getHeader("X-Signature"))
                        .isEqualTo(expectedSignature(event.getRequest())));
        assertThat(vendor.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("X-Attempt")))
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void a_signed_header_replaces_one_set_before_it() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"42\", \"name\": \"n\"}")));
        VendorHttp http = httpFor("", request -> LinkedHashMap.of("authorization", "Signed by-the-signer"));

        ItemsApi api = http.client(ItemsApi.class);

        http.call(CallKind.READ, () -> api.item("42"));

        LoggedRequest received = vendor.getAllServeEvents().get(0).getRequest();
        assertThat(received.getHeaders().getHeader("Authorization").values()).containsExactly("Signed by-the-signer");
    }

    @Test
    void a_signed_header_the_transport_sets_itself_is_left_to_the_transport() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"42\", \"name\": \"n\"}")));
        VendorHttp http = httpFor("", request -> LinkedHashMap.of("Host", "signed.example", "X-Signature", "s1"));
        ItemsApi api = http.client(ItemsApi.class);

        assertThat(http.call(CallKind.READ, () -> api.item("42"))).isNotEmpty();

        LoggedRequest received = vendor.getAllServeEvents().get(0).getRequest();
        assertThat(received.getHeaders().getHeader("Host").values()).containsExactly("localhost:" + vendor.getPort());
        assertThat(received.getHeader("X-Signature")).isEqualTo("s1");
    }

    @Test
    void the_signer_sees_the_credentials_among_the_headers_it_may_sign() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"42\", \"name\": \"n\"}")));
        AtomicReference<Headers> seen = new AtomicReference<>();
        VendorHttp http = httpFor("", request -> {
            seen.set(request.headers());
            return LinkedHashMap.empty();
        });
        ItemsApi api = http.client(ItemsApi.class);

        http.call(CallKind.READ, () -> api.item("42"));

        assertThat(seen.get().first("authorization").getOrNull()).isEqualTo("Bearer " + TestVendor.API_KEY);
    }

    @Test
    void shows_the_request_to_the_signer_but_never_its_headers_or_body_in_toString() {
        OutgoingRequest request = OutgoingRequest.of(
                "POST",
                "https://api.acme.example/v2/x?a=1%202",
                Headers.of("Authorization", "Bearer " + TestVendor.API_KEY),
                "{\"k\": 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(request.pathWithQuery()).isEqualTo("/v2/x?a=1%202");
        assertThat(request.bodyText()).isEqualTo("{\"k\": 1}");
        assertThat(request.toString()).isEqualTo("POST /v2/x").doesNotContain(TestVendor.API_KEY);
    }
}
