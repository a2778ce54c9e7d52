package io.elements4j.adapter.kling;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.NotFound;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.api.VendorClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kling's errors answered with HTTP 200 and a {@code code} other than 0, whatever {@code data} holds: the same typed
 * error as the code answered with its HTTP status, never an unreadable answer; and {@code code} 0 in any spelling is
 * an answer, its 64-bit ids exact.
 */
class KlingErrorEnvelopeTest {

    @RegisterExtension
    static final WireMockExtension kling = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    static final String TASK = "/v1/general/advanced-custom-elements/930810160078651476";
    static final String LIST = "/v1/general/advanced-custom-elements";

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final VendorClient client =
            kit.client(kit.configAt(kling.baseUrl()).apiKey("test-api-key").set("max-retries", "1"));

    static String envelope(String code, String data) {
        return "{\"code\": " + code + ", \"message\": \"Task not found by id: 930810160078651476\","
                + " \"request_id\": \"9984d27b-a408\", \"data\": " + data + "}";
    }

    @ParameterizedTest(name = "data: {0}")
    @ValueSource(strings = {"null", "{}", "\"Task not found\"", "[1, 2]", "{\"task_id\": {\"nested\": true}}", "7"})
    void a_task_lookup_answered_200_with_code_1201_is_not_found_whatever_data_holds(String data) {
        kling.stubFor(get(urlPathEqualTo(TASK)).willReturn(okJson(envelope("1201", data))));

        ElementsError error =
                client.task(CreationTaskId.of("930810160078651476")).getLeft();

        assertThat(error).isInstanceOf(NotFound.class);
        assertThat(error.vendorCode()).contains("1201");
        assertThat(error.requestId()).contains("9984d27b-a408");
        assertThat(error.message()).contains("Task not found by id: 930810160078651476");
    }

    @Test
    void a_code_sent_as_text_is_the_same_error() {
        kling.stubFor(get(urlPathEqualTo(TASK)).willReturn(okJson(envelope("\"1201\"", "null"))));

        assertThat(client.task(CreationTaskId.of("930810160078651476")).getLeft())
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_list_answered_200_with_a_rate_limit_code_and_data_of_another_shape_is_rate_limited_and_retried() {
        kling.stubFor(get(urlPathEqualTo(LIST))
                .willReturn(okJson("{\"code\": 1303, \"message\": \"parallel task "
                        + "over resource pack limit\", \"request_id\": \"r-1303\", \"data\": \"busy\"}")));

        ElementsError error =
                client.list(ElementFilter.all(), PageRequest.first(10)).getLeft();

        assertThat(error).isInstanceOf(RateLimited.class);
        assertThat(error.vendorCode()).contains("1303");
        kling.verify(2, getRequestedFor(urlPathEqualTo(LIST)));
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(strings = {"0", "\"0\"", "\" 0 \"", "null", "\"\""})
    void code_0_in_any_spelling_or_none_is_an_answer_with_ids_above_2_to_the_53_exact(String code) {
        kling.stubFor(get(urlPathEqualTo(LIST))
                .willReturn(okJson("{\"code\": " + code + ", \"message\": \"SUCCEED\","
                        + " \"request_id\": \"r-0\", \"data\": [{\"task_id\": 930810160078651476, \"task_status\": \"succeed\","
                        + " \"task_result\": {\"elements\": [{\"element_id\": 863121023120580607, \"element_name\": \"Maeva\","
                        + " \"status\": \"succeed\"}]}}]}")));

        Element element = client.list(ElementFilter.all(), PageRequest.first(10))
                .get()
                .items()
                .single();

        assertThat(element.id()).isEqualTo(ElementId.of("863121023120580607"));
        assertThat(element.name()).isEqualTo("Maeva");
    }

    @Test
    void a_success_answer_whose_data_is_not_a_task_could_not_be_read() {
        kling.stubFor(get(urlPathEqualTo(TASK)).willReturn(okJson(envelope("0", "\"not a task\""))));

        ElementsError error =
                client.task(CreationTaskId.of("930810160078651476")).getLeft();

        assertThat(error).isInstanceOf(ProviderFailure.class);
        assertThat(error.message()).contains("could not be read");
    }
}
