package io.elements4j.adapter.kling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementMedia;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceId;
import io.elements4j.domain.voice.VoiceOrigin;
import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented response examples, served as Kling would and read through the whole client: Kling's element API docs and
 * docs/vendors.md/§A6/§A8 (golden files in {@code src/test/resources/kling}, comments stripped, the enum placeholder
 * {@code "task_status": "string"} filled in — one copy keeps it, to show an unknown status is a typed failure).
 */
class KlingResponseExamplesTest {

    /** Kling's documents show {@code element_id: 0} as a placeholder; the fixtures carry a real-looking id instead. */
    private static final String DOCUMENTED_ID = "863121023120580600";

    @RegisterExtension
    static final WireMockExtension kling = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    static final Instant DOC_TIME = Instant.ofEpochMilli(1722769557708L);

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final VendorClient client =
            kit.client(kit.configAt(kling.baseUrl()).apiKey("test-api-key").set("max-retries", "0"));

    void serve(String method, String path, String fixture) {
        var answer = aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(resource("kling/" + fixture));
        kling.stubFor(
                (method.equals("GET") ? get(urlPathEqualTo(path)) : post(urlPathEqualTo(path))).willReturn(answer));
    }

    /** The element of Kling's element API docs's query, list and presets examples. */
    static Element documentedElement(Origin origin, Option<Voice> voice) {
        return new Element(
                ElementId.of(DOCUMENTED_ID),
                "string",
                "string",
                ReferenceKind.VIDEO,
                List.empty(),
                voice,
                ElementMedia.none(),
                origin,
                ElementStatus.ACTIVE,
                Option.some(DOC_TIME),
                Option.some(DOC_TIME));
    }

    static final Voice DOCUMENTED_VOICE =
            new Voice(VoiceId.of("string"), "string", VoiceOrigin.OFFICIAL, Option.some("string"));

    @Test
    void reads_the_create_example() {
        serve("POST", "/v1/general/advanced-custom-elements", "seed-004-create-response.json");

        CreationTask task = client.submit(kit.drafts().image("Maeva").build()).get();

        assertThat(task.id()).isEqualTo(CreationTaskId.of("string"));
        assertThat(task.state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(task.idempotencyKey()).contains(IdempotencyKey.of("string"));
        assertThat(task.createdAt()).contains(DOC_TIME);
        assertThat(task.updatedAt()).contains(DOC_TIME);
    }

    @Test
    void reads_the_single_query_example() {
        serve("GET", "/v1/general/advanced-custom-elements/string", "seed-004-query-response.json");

        CreationTask task = client.task(CreationTaskId.of("string")).get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.failureReason()).contains("string");
        assertThat(task.elements()).containsExactly(documentedElement(Origin.OFFICIAL, Option.some(DOCUMENTED_VOICE)));
        assertThat(task.elementIds()).containsExactly(ElementId.of(DOCUMENTED_ID));
    }

    @Test
    void reads_the_newer_query_example_with_its_balance_deduction() {
        serve("GET", "/v1/general/advanced-custom-elements/string", "vendors-a6-query-response-with-balance.json");

        assertThat(client.task(CreationTaskId.of("string")).get().elements()).hasSize(1);
    }

    @Test
    void an_unknown_task_status_is_a_typed_failure_not_an_exception() {
        serve("GET", "/v1/general/advanced-custom-elements/string", "seed-004-query-response-status-placeholder.json");

        ElementsError error = client.task(CreationTaskId.of("string")).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.message()).contains("'string'").contains("submitted, processing, succeed, failed");
            assertThat(f.requestId()).contains("string");
            assertThat(f.retryable())
                    .as("a read answered with an unknown status is asked again")
                    .isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "-9223372036854775809", "123456789012345678901234567890123456", "\"weird_status_xyz\""})
    void an_element_id_without_the_shape_of_a_kling_id_is_not_a_success(String id) {
        kling.stubFor(WireMock.get("/v1/general/advanced-custom-elements/string")
                .willReturn(WireMock.okJson("{\"code\":0,\"request_id\":\"r\",\"data\":"
                        + "{\"task_id\":\"1\",\"task_status\":\"succeed\",\"task_result\":{\"elements\":"
                        + "[{\"element_id\":" + id + "}]}}}")));

        ElementsError error = client.task(CreationTaskId.of("string")).getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(error.message()).contains("is not a Kling id");
    }

    @Test
    void reads_the_list_example_with_an_empty_voice_info() {
        serve("GET", "/v1/general/advanced-custom-elements", "seed-004-list-response.json");

        Page<Element> page =
                client.list(ElementFilter.all(), PageRequest.first(30)).get();

        assertThat(page.items()).containsExactly(documentedElement(Origin.OFFICIAL, Option.none()));
        assertThat(page.total()).isEmpty();
        assertThat(page.hasMore()).as("a short page is the last").isFalse();
    }

    @Test
    void reads_the_presets_example_as_official_elements() {
        serve("GET", "/v1/general/advanced-presets-elements", "seed-004-presets-response.json");

        assertThat(client.presets(PageRequest.first(30)).get().items())
                .containsExactly(documentedElement(Origin.OFFICIAL, Option.none()));
    }

    @Test
    void reads_the_delete_example() {
        serve("POST", "/v1/general/delete-advanced-elements", "seed-004-delete-response.json");

        assertThat(client.delete(ElementId.of("863121023120580600")).get())
                .isEqualTo(Deletion.deleted(ElementId.of("863121023120580600")));
    }

    @Test
    void reads_the_resellers_example_with_element_type_and_an_18_digit_id() {
        serve("GET", "/v1/general/advanced-custom-elements/863121016086724692", "anyfast-query-response.json");

        CreationTask task = client.task(CreationTaskId.of("863121016086724692")).get();
        Element element = task.elements().single();

        assertThat(element.id()).isEqualTo(ElementId.of("863121023120580600"));
        assertThat(element.kind()).isEqualTo(ReferenceKind.IMAGE);
        assertThat(element.name()).isEqualTo("my-character");
        assertThat(element.description()).isEqualTo("A protagonist character");
        assertThat(element.media()).isEqualTo(ElementMedia.images("<string>", List.of("<string>")));
        assertThat(element.tags()).containsExactly(new Tag.Unrecognised("<string>", "<string>"));
        assertThat(element.origin()).isEqualTo(Origin.CUSTOM);
        assertThat(task.failureReason()).isEmpty();
        assertThat(task.createdAt()).contains(Instant.ofEpochMilli(1773812605026L));
    }

    @Test
    void reads_the_voice_examples_as_official_and_custom_voices() {
        serve("GET", "/v1/general/presets-voices", "vendors-a8-preset-voices-response.json");
        serve("GET", "/v1/general/custom-voices", "vendors-a8-custom-voices-response.json");

        assertThat(client.voices().get())
                .containsExactly(
                        new Voice(
                                VoiceId.of("829824295735410756"),
                                "string",
                                VoiceOrigin.OFFICIAL,
                                Option.some("string")),
                        new Voice(
                                VoiceId.of("850087542757535834"), "string", VoiceOrigin.CUSTOM, Option.some("string")));
    }

    @Test
    void reads_the_concurrency_limit_example_as_a_rate_limit() {
        kling.stubFor(post(urlPathEqualTo("/v1/general/advanced-custom-elements"))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(resource("kling/vendors-a4-concurrency-error.json"))));

        ElementsError error = client.submit(kit.drafts().image("Maeva").build()).getLeft();

        assertThat(error).isInstanceOf(ElementsError.RateLimited.class);
        assertThat(error.vendorCode()).contains("1303");
        assertThat(error.requestId()).contains("9984d27b-a408-4073-ae28-17ca6a13622d");
        assertThat(error.message()).contains("parallel task over resource pack limit");
    }
}
