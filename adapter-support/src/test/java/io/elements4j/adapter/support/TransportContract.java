package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.adapter.support.ItemsApi.Item;
import io.elements4j.domain.error.ElementsError;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every transport under the Feign clients must do, whichever the {@code http-client} key picks; the wire basics
 * are {@link VendorHttpTest}'s. One subclass per transport.
 */
abstract class TransportContract {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true))
            .build();

    final TestVendor setup =
            TestVendor.at("http://localhost:" + vendor.getPort()).httpClient(httpClient());
    final VendorHttp http = setup.http().build();
    final ItemsApi api = http.client(ItemsApi.class);

    /** The {@code http-client} value of the transport under test. */
    abstract String httpClient();

    @AfterEach
    void closeTheTransport() {
        http.close();
    }

    @Test
    void a_body_sent_gzipped_though_nobody_asked_is_read_as_its_json() throws IOException {
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Content-Encoding", "gzip")
                        .withBody(gzip("{\"id\": 863121023120580601, \"name\": \"Maeva\"}"))));

        Either<ElementsError, Item> item = http.call(CallKind.READ, () -> api.item("1"));

        assertThat(item.get()).isEqualTo(new Item("863121023120580601", "Maeva"));
    }

    @Test
    void response_headers_reach_the_classifier_whatever_their_case() {
        vendor.stubFor(get("/items/1")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("retry-after", "7")
                        .withBody("{\"error\": \"slow down\"}")));

        ElementsError error = http.call(CallKind.READ, () -> api.item("1")).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isNotEmpty());
    }

    @Test
    void a_caller_interrupted_before_the_call_gets_an_answer_at_once_and_keeps_its_interrupt() {
        vendor.stubFor(get("/items/1").willReturn(okJson("{\"id\": \"1\"}").withFixedDelay(5_000)));

        Thread.currentThread().interrupt();
        Either<ElementsError, Item> item;
        try {
            item = http.call(CallKind.READ, () -> api.item("1"));
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
        }

        assertThat(item.isLeft()).isTrue();
        assertThat(item.getLeft().message()).contains("interrupted");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
