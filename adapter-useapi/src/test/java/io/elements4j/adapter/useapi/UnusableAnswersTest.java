package io.elements4j.adapter.useapi;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.ports.api.VendorClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 2xx answers the adapter cannot use become typed errors, never exceptions; after a create they are ambiguous. */
class UnusableAnswersTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new UseapiElementsProvider());

    @RegisterExtension
    static final WireMockExtension useapi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    final VendorClient client =
            kit.client(kit.configAt(useapi.baseUrl() + "/v1/kling").apiKey("test-token"));

    void answer(String json) {
        useapi.stubFor(any(anyUrl()).willReturn(okJson(json)));
    }

    ElementsError.ProviderFailure failure(ElementsError error) {
        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        return (ElementsError.ProviderFailure) error;
    }

    @Test
    void a_create_answered_without_elements_is_ambiguous_and_not_sent_again() {
        answer("{\"elements\": [], \"count\": 0}");

        ElementsError error = client.submit(kit.drafts().image("Maeva").build()).getLeft();

        assertThat(error)
                .as("the listing, answered with the same body, never tells")
                .isInstanceOf(ElementsError.CreationUnknown.class);
        assertThat(error.retryable()).isFalse();
        useapi.verify(1, postRequestedFor(urlEqualTo("/v1/kling/elements")));
    }

    @Test
    void an_element_of_an_unknown_type_is_named_in_the_error() {
        answer("{\"id\": \"u_123456789012345\", \"name\": \"x\", \"type\": \"AUDIO\"}");

        ElementsError error = client.find(ElementId.of("u_123456789012345")).getLeft();

        assertThat(failure(error).ambiguous()).isFalse();
        assertThat(error.message()).contains("AUDIO").contains("u_123456789012345");
    }

    @Test
    void an_element_without_an_id_is_an_error_not_a_crash() {
        answer("{\"elementsList\": [{\"name\": \"nameless\"}], \"total\": 1}");

        assertThat(failure(client.list(ElementFilter.all(), PageRequest.first(5))
                                .getLeft())
                        .message())
                .contains("no id");
    }

    @Test
    void a_page_without_its_list_is_an_error() {
        answer("{\"pageNum\": 1, \"pageSize\": 50, \"total\": 3}");

        assertThat(failure(client.presets(PageRequest.first(5)).getLeft()).message())
                .contains("elementsList");
    }

    @Test
    void a_voice_without_an_id_is_an_error() {
        answer("{\"voices\": [{\"name\": \"Vivid Girl\"}]}");

        assertThat(failure(client.voices().getLeft()).message()).contains("no id");
    }

    @Test
    void ids_sent_as_numbers_keep_every_digit() {
        answer(
                "{\"elementsList\": [{\"id\": \"u_863121023120580607\", \"type\": \"IMAGE\", \"voice\": {\"id\": 900719925474099312}}]}");

        var element = client.list(ElementFilter.all(), PageRequest.first(5))
                .get()
                .items()
                .single();

        assertThat(element.id().value()).isEqualTo("u_863121023120580607");
        assertThat(element.voice().get().id().value()).isEqualTo("900719925474099312");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "\"weird_status_xyz\"", "\"u_\"", "\"\""})
    void an_element_id_without_the_shape_of_a_useapi_id_is_refused(String id) {
        answer("{\"elementsList\": [{\"id\": " + id + ", \"type\": \"IMAGE\"}], \"total\": 1}");

        ElementsError error =
                client.list(ElementFilter.all(), PageRequest.first(5)).getLeft();

        assertThat(failure(error).ambiguous()).isFalse();
    }

    @Test
    void a_delete_that_deleted_nothing_reads_as_already_absent() {
        answer("{\"deleted\": 0}");

        assertThat(client.delete(ElementId.of("u_123456789012345")).get().outcome())
                .isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
    }

    @Test
    void a_delete_answered_with_an_empty_body_counts_as_deleted() {
        useapi.stubFor(any(anyUrl()).willReturn(WireMock.noContent()));

        assertThat(client.delete(ElementId.of("u_123456789012345")).get().outcome())
                .isEqualTo(Deletion.Outcome.DELETED);
    }
}
