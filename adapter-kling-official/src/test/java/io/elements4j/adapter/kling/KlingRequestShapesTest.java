package io.elements4j.adapter.kling;

import static io.elements4j.conformance.ProviderTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.conformance.ValidDrafts;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request the adapter sends, compared with the documented shape (Kling's element API docs). */
class KlingRequestShapesTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final KlingSimulator kling = kit.vendor(KlingSimulator.class);
    final VendorClient client = kit.client();

    @Test
    void sends_an_image_element_exactly_as_documented() {
        ElementDraft draft = kit.drafts()
                .image("Maeva")
                .tag(TagKind.CHARACTER)
                .tag(TagKind.COSTUME)
                .voice(VoiceBinding.existing("829824295735410756"))
                .callbackUrl("https://hooks.example.com/kling")
                .idempotencyKey(IdempotencyKey.of("e4j-0001"))
                .build();

        client.submit(draft).get();

        RecordedRequest create = kit.last(Operation.CREATE);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/v1/general/advanced-custom-elements");
        assertThat(create.header("Content-Type").get()).startsWith("application/json");
        assertThat(json(create.body())).isEqualTo(json("""
                {
                  "element_name": "Maeva",
                  "element_description": "A conformance-suite character",
                  "reference_type": "image_refer",
                  "element_image_list": {
                    "frontal_image": "https://example.com/e4j/front.jpg",
                    "refer_images": [ { "image_url": "https://example.com/e4j/angle-1.png" } ]
                  },
                  "element_voice_id": "829824295735410756",
                  "tag_list": [ { "tag_id": "o_102" }, { "tag_id": "o_105" } ],
                  "callback_url": "https://hooks.example.com/kling",
                  "external_task_id": "e4j-0001"
                }"""));
    }

    @Test
    void sends_a_video_element_exactly_as_documented() {
        ElementDraft draft = kit.drafts()
                .video("Speaker", VoiceBinding.existing("850087542757535834"))
                .idempotencyKey(IdempotencyKey.of("e4j-0002"))
                .build();

        client.submit(draft).get();

        assertThat(json(kit.last(Operation.CREATE).body())).isEqualTo(json("""
                {
                  "element_name": "Speaker",
                  "element_description": "A conformance-suite speaker",
                  "reference_type": "video_refer",
                  "element_video_list": { "refer_videos": [ { "video_url": "https://example.com/e4j/reference.mp4" } ] },
                  "element_voice_id": "850087542757535834",
                  "external_task_id": "e4j-0002"
                }"""));
    }

    @Test
    void leaves_out_every_field_the_draft_does_not_set_and_sends_no_nulls() {
        ElementDraft draft =
                kit.drafts().video("Speaker", VoiceBinding.extractFromVideo()).build();

        client.submit(draft).get();

        assertThat(List.ofAll(() -> json(kit.last(Operation.CREATE).body()).fieldNames()))
                .containsExactly(
                        "element_name",
                        "element_description",
                        "reference_type",
                        "element_video_list",
                        "external_task_id");
        assertThat(kit.last(Operation.CREATE).body()).doesNotContain("null");
    }

    @Test
    void sends_inline_photos_as_plain_base64_without_a_data_prefix() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        ElementDraft draft = ElementDraft.image("Inline", MediaSource.inline(png, ValidDrafts.IMAGE_FACTS))
                .extras(MediaSource.url("https://cdn.example.com/side.png", ValidDrafts.IMAGE_FACTS))
                .description("Inline photo")
                .build();

        client.submit(draft).get();

        String frontal = json(kit.last(Operation.CREATE).body())
                .path("element_image_list")
                .path("frontal_image")
                .asText();
        assertThat(frontal).isEqualTo(Base64.getEncoder().encodeToString(png)).doesNotStartWith("data:");
    }

    @Test
    void sends_the_drafts_idempotency_key_as_external_task_id() {
        ElementDraft draft = kit.drafts().image("Keyed").build();

        CreationTask task = client.submit(draft).get();

        assertThat(json(kit.last(Operation.CREATE).body())
                        .path("external_task_id")
                        .asText())
                .isEqualTo(draft.idempotencyKey().value());
        assertThat(task.idempotencyKey()).contains(draft.idempotencyKey());
    }

    @Test
    void authenticates_every_request_with_the_api_key_as_a_bearer_token() {
        client.submit(kit.drafts().image("Maeva").build()).get();
        client.list(ElementFilter.all(), PageRequest.first(10)).get();

        assertThat(kling.journal()).allSatisfy(r -> {
            assertThat(r.header("Authorization")).contains("Bearer " + kling.credential());
            assertThat(r.header("Accept")).contains("application/json");
        });
    }

    @Test
    void polls_a_task_by_its_id() {
        CreationTask task = client.submit(kit.drafts().image("Maeva").build()).get();

        client.task(task.id()).get();

        RecordedRequest poll = kit.last(Operation.TASK);
        assertThat(poll.method()).isEqualTo("GET");
        assertThat(poll.path())
                .isEqualTo("/v1/general/advanced-custom-elements/" + task.id().value());
    }

    @Test
    void lists_with_pageNum_and_pageSize() {
        client.list(ElementFilter.all(), PageRequest.of(2, 25)).get();

        RecordedRequest list = kit.last(Operation.LIST);
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/v1/general/advanced-custom-elements");
        assertThat(list.query().toJavaMap()).containsOnly(Map.entry("pageNum", "2"), Map.entry("pageSize", "25"));
    }

    @Test
    void clamps_a_page_size_above_500_and_says_so_in_the_page() {
        Page<Element> page =
                client.list(ElementFilter.all(), PageRequest.of(1, 2000)).get();

        assertThat(kit.last(Operation.LIST).queryParam("pageSize")).contains("500");
        assertThat(page.request()).isEqualTo(PageRequest.of(1, 500));
    }

    @Test
    void refuses_a_page_beyond_1000_without_sending() {
        assertThat(client.list(ElementFilter.all(), PageRequest.of(1001, 10))
                        .getLeft()
                        .message())
                .contains("1000 pages");
        assertThat(kling.journal()).isEmpty();
    }

    @Test
    void lists_presets_on_their_own_path() {
        client.presets(PageRequest.of(1, 30)).get();

        RecordedRequest presets = kit.last(Operation.PRESETS);
        assertThat(presets.path()).isEqualTo("/v1/general/advanced-presets-elements");
        assertThat(presets.queryParam("pageNum")).contains("1");
        assertThat(presets.queryParam("pageSize")).contains("30");
    }

    @Test
    void deletes_with_the_element_id_as_a_json_string() {
        String id = kling.seedElements(1).head();

        Deletion deletion = client.delete(ElementId.of(id)).get();

        RecordedRequest delete = kit.last(Operation.DELETE);
        assertThat(delete.method()).isEqualTo("POST");
        assertThat(delete.path()).isEqualTo("/v1/general/delete-advanced-elements");
        assertThat(json(delete.body())).isEqualTo(json("{\"element_id\": \"" + id + "\"}"));
        assertThat(json(delete.body()).path("element_id").isTextual()).isTrue();
        assertThat(deletion).isEqualTo(Deletion.deleted(ElementId.of(id)));
    }

    @Test
    void falls_back_to_the_older_delete_path_when_the_current_one_answers_404_1203() {
        String id = kling.seedElements(1).head();
        kling.injectFault(Operation.DELETE, Fault.status(404, "1203", "resource does not exist"), 1);

        Deletion deletion = client.delete(ElementId.of(id)).get();

        assertThat(kit.sent(Operation.DELETE).map(RecordedRequest::path))
                .containsExactly("/v1/general/delete-advanced-elements", "/v1/general/delete-elements");
        assertThat(json(kit.last(Operation.DELETE).body())).isEqualTo(json("{\"element_id\": \"" + id + "\"}"));
        assertThat(deletion.outcome()).isEqualTo(Deletion.Outcome.DELETED);
    }

    @Test
    void deleting_an_element_twice_or_one_that_never_was_is_already_absent() {
        String id = kling.seedElements(1).head();
        client.delete(ElementId.of(id)).get();

        assertThat(client.delete(ElementId.of(id)).get().outcome()).isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
        assertThat(client.delete(ElementId.of("404404404404404404")).get().outcome())
                .isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
        assertThat(kit.sent(Operation.DELETE).map(RecordedRequest::path))
                .as("no fallback for a 1201 answer")
                .containsOnly("/v1/general/delete-advanced-elements");
    }

    @Test
    void an_element_gone_from_both_paths_is_already_absent() {
        kling.injectFault(Operation.DELETE, Fault.status(404, "1203", "resource does not exist"), 2);

        assertThat(client.delete(ElementId.of("863121023120580600")).get().outcome())
                .isEqualTo(Deletion.Outcome.ALREADY_ABSENT);
    }

    @Test
    void reads_the_preset_and_the_custom_voice_lists() {
        client.voices().get();

        assertThat(kit.sent(Operation.VOICES).map(RecordedRequest::path))
                .containsExactly("/v1/general/presets-voices", "/v1/general/custom-voices");
        assertThat(kit.sent(Operation.VOICES)).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.queryParam("pageNum")).contains("1");
            assertThat(r.queryParam("pageSize")).contains("500");
        });
    }

    @Test
    void finds_an_element_by_listing_and_stops_at_the_first_match() {
        Seq<String> ids = kling.seedElements(3);

        Option<Element> found = client.find(ElementId.of(ids.head())).get();

        assertThat(found.map(e -> e.id().value())).contains(ids.head());
        assertThat(kit.sent(Operation.LIST)).hasSize(1);
        assertThat(kit.last(Operation.LIST).queryParam("pageSize")).contains("500");
        assertThat(kit.sent(Operation.PRESETS)).isEmpty();
    }

    @Test
    void finds_a_preset_after_the_own_elements() {
        Option<Element> found = client.find(ElementId.of("863121023120580602")).get();

        assertThat(found.map(Element::name)).contains("Corgi");
        assertThat(kling.journal().map(RecordedRequest::operation)).containsExactly(Operation.LIST, Operation.PRESETS);
    }

    @Test
    void finding_an_id_kling_cannot_have_sends_nothing() {
        assertThat(client.find(ElementId.of("u_123")).get()).isEmpty();
        assertThat(kling.journal()).isEmpty();
    }

    @Test
    void the_tag_catalogue_is_static() {
        assertThat(client.tags().get()).isEqualTo(TagCatalogue.all());
        assertThat(kling.journal()).isEmpty();
    }
}
