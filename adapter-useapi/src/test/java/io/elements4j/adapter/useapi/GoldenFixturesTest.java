package io.elements4j.adapter.useapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.elements4j.conformance.ProviderTestKit.json;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.elements4j.conformance.ProviderTestKit;
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
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceId;
import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every response example useapi documents (useapi.net's element docs), served verbatim, reads into the domain. */
class GoldenFixturesTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new UseapiElementsProvider());

    static final Instant JAN_12_2025 = Instant.ofEpochMilli(1736640000000L);
    static final String CDN_COVER = "https://s21-kling.klingai.com/ai-platform/.../cover.jpg";

    @RegisterExtension
    static final WireMockExtension useapi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    final VendorClient client =
            kit.client(kit.configAt(useapi.baseUrl() + "/v1/kling").apiKey("test-token"));

    void answer(int status, String fixture) {
        useapi.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(resource("useapi/" + fixture))));
    }

    @Test
    void the_standard_create_response_is_a_succeeded_task_with_its_element() {
        answer(200, "create-standard.json");

        CreationTask task =
                client.submit(kit.drafts().image("MyCharacter").build()).get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elements())
                .containsExactly(new Element(
                        ElementId.of("u_123456789012345"),
                        "MyCharacter ABC12",
                        "AI-generated description of the character",
                        ReferenceKind.IMAGE,
                        List.empty(),
                        Option.none(),
                        ElementMedia.images(CDN_COVER, List.empty()),
                        Origin.CUSTOM,
                        ElementStatus.ACTIVE,
                        Option.some(JAN_12_2025),
                        Option.some(JAN_12_2025)));
    }

    @Test
    void the_generate_views_response_gives_every_element_even_one_without_cover_or_times() {
        answer(200, "create-generate-views.json");

        CreationTask task = client.submit(
                        kit.drafts().image("MyCharacter", 0).generateViews(true).build())
                .get();

        assertThat(task.elementIds().map(ElementId::value)).containsExactly("u_123456789012345", "u_234567890123456");
        assertThat(task.id().value()).isEqualTo("u_123456789012345,u_234567890123456");
        Element second = task.elements().get(1);
        assertThat(second.name()).isEqualTo("MyCharacter DEF34");
        assertThat(second.media())
                .isEqualTo(
                        ElementMedia.images(".../cover.jpg", List.of(".../side.png", ".../back.png", ".../top.png")));
        assertThat(second.createdAt()).isEmpty();
        assertThat(task.elements().head().media().cover()).contains(CDN_COVER);
    }

    @Test
    void the_current_list_shape_reads_with_its_paging() {
        answer(200, "list-current.json");

        Page<Element> page =
                client.list(ElementFilter.all(), PageRequest.first(50)).get();

        assertThat(page.total()).contains(3L);
        assertThat(page.hasMore()).isFalse();
        Element element = page.items().single();
        assertThat(element.name()).isEqualTo("FashionLady ABC12");
        assertThat(element.description()).isEqualTo("Elegant woman in red dress");
        assertThat(element.media()).isEqualTo(ElementMedia.images(CDN_COVER, List.of(".../side.png")));
        assertThat(element.createdAt()).contains(JAN_12_2025);
    }

    @Test
    void the_older_list_shape_reads_cover_tag_and_images() {
        answer(200, "list-legacy.json");

        Element element = client.list(ElementFilter.all(), PageRequest.first(50))
                .get()
                .items()
                .single();

        assertThat(element.id().value()).isEqualTo("u_300171730302481");
        assertThat(element.kind()).isEqualTo(ReferenceKind.IMAGE);
        assertThat(element.tags()).containsExactly(Tag.of(TagKind.CHARACTER));
        assertThat(element.media())
                .isEqualTo(ElementMedia.images(
                        CDN_COVER,
                        List.of(
                                "https://s21-kling.klingai.com/ai-platform/.../image1.jpg",
                                "https://s21-kling.klingai.com/ai-platform/.../image2.jpg")));
        assertThat(element.origin()).isEqualTo(Origin.CUSTOM);
    }

    @Test
    void a_single_element_answer_reads_like_a_listed_one() {
        useapi.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json(resource("useapi/" + "create-standard.json"))
                                .get("elements")
                                .get(0)
                                .toString())));

        Option<Element> found = client.find(ElementId.of("u_123456789012345")).get();

        assertThat(found.map(Element::name)).contains("MyCharacter ABC12");
    }

    @Test
    void the_tag_catalogue_reads_into_known_tags() {
        answer(200, "tags.json");

        assertThat(client.tags().get())
                .containsExactly(
                        Tag.of(TagKind.CHARACTER),
                        Tag.of(TagKind.ANIMAL),
                        Tag.of(TagKind.ITEM),
                        Tag.of(TagKind.COSTUME),
                        Tag.of(TagKind.SCENE));
    }

    @Test
    void the_voice_catalogue_reads_numeric_ids_exactly() {
        answer(200, "voices.json");

        assertThat(client.voices().get())
                .containsExactly(
                        Voice.official(VoiceId.of("1"), "Vivid Girl"),
                        Voice.official(VoiceId.of("2"), "Gentle Lady"),
                        Voice.official(VoiceId.of("3"), "Charming Uncle"));
    }

    @Test
    void the_delete_model_reads_as_deleted() {
        answer(200, "delete.json");

        assertThat(client.delete(ElementId.of("u_123456789012345")).get())
                .isEqualTo(Deletion.deleted(ElementId.of("u_123456789012345")));
    }

    @Test
    void the_400_keeps_the_vendors_message() {
        answer(400, "error-400.json");

        ElementsError error =
                client.submit(kit.drafts().image("MyCharacter").build()).getLeft();

        assertThat(error).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(error.message()).contains("<error message>").contains("HTTP 400");
    }

    @Test
    void the_401_is_unauthorized_with_the_vendors_code() {
        answer(401, "error-401.json");

        ElementsError error = client.tags().getLeft();

        assertThat(error).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(error.vendorCode()).contains("401");
        assertThat(error.message()).contains("Unauthorized");
    }

    @Test
    void the_402_is_insufficient_credits() {
        answer(402, "error-402.json");

        ElementsError error =
                client.submit(kit.drafts().image("MyCharacter").build()).getLeft();

        assertThat(error).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(error.message()).contains("Subscription required");
    }
}
