package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.spi.Secret;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecretsStayOutOfLogsAndErrorsTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final RecordingLogger log = new RecordingLogger();
    private final TestVendor setup = TestVendor.at("http://localhost:" + vendor.getPort());
    private final VendorHttp http =
            setup.http().logger(log).logLevel(feign.Logger.Level.FULL).build();
    private final ItemsApi api = http.client(ItemsApi.class);

    @Test
    void the_authorization_header_is_logged_as_sent_but_its_value_is_masked() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"ok\"}")));

        http.call(CallKind.READ, () -> api.item("1"));

        assertThat(log.lines()).contains("[ItemsApi#item] Authorization: ****");
        assertThat(log.all())
                .contains("---> GET", "<--- HTTP/1.1 200", "\"name\": \"ok\"")
                .doesNotContain(TestVendor.API_KEY);
        // the vendor still received the real credential
        vendor.verify(getRequestedFor(urlEqualTo("/items/1"))
                .withHeader("Authorization", matching("Bearer " + TestVendor.API_KEY)));
    }

    @Test
    void a_vendor_that_echoes_the_credential_in_its_error_body_cannot_leak_it_into_logs_or_the_error() {
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Set-Cookie", "session=abc123def456")
                        .withBody("{\"error\": \"invalid token: Bearer " + TestVendor.API_KEY + "\", \"api_key\": \""
                                + TestVendor.API_KEY + "\"}")));

        ElementsError error = http.call(CallKind.READ, () -> api.item("1")).getLeft();

        assertThat(error.message())
                .isEqualTo("Acme did not accept the credentials (HTTP 401): invalid token: Bearer ****");
        assertThat(error.toString()).doesNotContain(TestVendor.API_KEY);
        assertThat(log.all())
                .doesNotContain(TestVendor.API_KEY)
                .doesNotContain("abc123def456")
                .containsIgnoringCase("Set-Cookie: ****");
    }

    @Test
    void a_token_made_per_request_is_masked_too() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhayJ9.c2lnbmF0dXJlLWJ5dGVz";
        AtomicInteger signed = new AtomicInteger();
        VendorHttp kling = setup.http()
                .logger(log)
                .logLevel(feign.Logger.Level.HEADERS)
                .bearer(() -> {
                    signed.incrementAndGet();
                    return jwt;
                })
                .redact(Secret.of("the-secret-key-signing-it"))
                .build();
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withBody("{\"message\": \"jwt " + jwt
                                + " signed with the-secret-key-signing-it is not allowed\"}")));

        ElementsError error = kling.call(
                        CallKind.READ, () -> kling.client(ItemsApi.class).item("1"))
                .getLeft();

        assertThat(signed).hasValue(1);
        assertThat(error.message())
                .doesNotContain(jwt)
                .doesNotContain("the-secret-key-signing-it")
                .contains("jwt **** signed with **** is not allowed");
        assertThat(log.all()).doesNotContain(jwt);
    }

    @Test
    void an_io_failure_logged_in_full_holds_no_secret() {
        vendor.stubFor(post("/items").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ElementsError error = http.call(CallKind.CREATE, () -> api.create(new ItemsApi.NewItem("n", "k")))
                .getLeft();

        assertThat(log.all()).contains("<--- ERROR").doesNotContain(TestVendor.API_KEY);
        assertThat(error.message()).doesNotContain(TestVendor.API_KEY);
    }

    @Test
    void a_credential_goes_on_the_wire_exactly_as_given_and_only_once() {
        String key = "sk-{team}-a%7Bb";
        VendorHttp braced = setup.http()
                .bearer(Secret.of(key))
                .interceptor(template -> template.header("X-Api-Key", "from-an-interceptor"))
                .header("x-api-key", Secret.of("sk-header-9f1"))
                .logger(log)
                .logLevel(feign.Logger.Level.HEADERS)
                .build();
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\", \"name\": \"ok\"}")));

        assertThat(braced.call(
                        CallKind.READ, () -> braced.client(ItemsApi.class).item("1")))
                .isNotEmpty();

        LoggedRequest received = vendor.getAllServeEvents().get(0).getRequest();
        // the later bearer replaced the earlier one; the credential replaced the interceptor's header of its name
        assertThat(received.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer " + key);
        assertThat(received.getHeaders().getHeader("X-Api-Key").values()).containsExactly("sk-header-9f1");
        assertThat(log.lines())
                .contains("[ItemsApi#item] Authorization: ****", "[ItemsApi#item] x-api-key: ****")
                .noneMatch(line -> line.contains("from-an-interceptor"));
        assertThat(log.all()).doesNotContain(key).doesNotContain("sk-header-9f1");
    }

    @Test
    void headers_added_on_the_way_show_their_names_but_never_their_values() {
        SentHeaders sent = SentHeaders.NONE
                .with("Authorization", "Bearer " + TestVendor.API_KEY)
                .with("X-Signature", "c2lnbmF0dXJl");

        assertThat(sent.toString())
                .isEqualTo("SentHeaders[Authorization: ****, X-Signature: ****]")
                .doesNotContain(TestVendor.API_KEY);
    }
}
