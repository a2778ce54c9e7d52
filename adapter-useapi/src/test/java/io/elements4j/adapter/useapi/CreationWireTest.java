package io.elements4j.adapter.useapi;

import static io.elements4j.conformance.ProviderTestKit.json;
import static io.elements4j.conformance.ValidDrafts.FRONT;
import static io.elements4j.conformance.ValidDrafts.VIDEO;
import static io.elements4j.conformance.ValidDrafts.VIDEO_DESCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.domain.voice.VoiceOrigin;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.useapi.UseapiSimulator;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the adapter sends to {@code POST /elements}, read back from the simulator's journal, and the task it answers. */
class CreationWireTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new UseapiElementsProvider());

    final UseapiSimulator vendor = kit.vendor(UseapiSimulator.class);
    final VendorClient client = kit.client();

    /** An image draft with its cover and nothing else, so a test sees exactly what each setting adds to the body. */
    static ElementDraft.Builder cover(String name) {
        return ElementDraft.image(name, MediaSource.url(FRONT));
    }

    CreationTask created(Either<ElementsError, CreationTask> result) {
        assertThat(result.isRight()).as("create: %s", result).isTrue();
        return result.get();
    }

    RecordedRequest theCreate() {
        assertThat(vendor.count(Operation.CREATE)).as("creates sent").isEqualTo(1);
        return vendor.journal().find(r -> r.operation() == Operation.CREATE).get();
    }

    @Test
    void sends_an_image_element_as_cover_and_extra_images_with_the_tag_key_and_nothing_else() {
        created(client.submit(cover("Maeva")
                .description("Red-haired courier")
                .tag(TagKind.CHARACTER)
                .extras(
                        MediaSource.url("https://cdn.example.com/e4j/side.png"),
                        MediaSource.url("https://cdn.example.com/e4j/back.png"))
                .build()));

        RecordedRequest sent = theCreate();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/kling/elements");
        assertThat(sent.query().isEmpty()).isTrue();
        assertThat(json(sent.body())).isEqualTo(json("""
                {"name": "Maeva", "coverImage": "%s", "extraImage1": "https://cdn.example.com/e4j/side.png",
                 "extraImage2": "https://cdn.example.com/e4j/back.png", "description": "Red-haired courier",
                 "tag": "character"}""".formatted(FRONT)));
    }

    @Test
    void authenticates_with_the_bearer_token_and_sends_json() {
        created(client.submit(kit.drafts().image("Maeva").build()));

        RecordedRequest sent = theCreate();
        assertThat(sent.header("Authorization")).contains("Bearer " + vendor.credential());
        assertThat(sent.header("Content-Type").get()).startsWith("application/json");
        assertThat(sent.header("Accept")).contains("application/json");
    }

    @Test
    void puts_the_configured_email_in_the_body_of_a_create_not_in_its_query() {
        vendor.configureAccounts("first@example.com", "second@example.com");
        VendorClient withEmail = kit.client(kit.config().set("email", "second@example.com"));

        created(withEmail.submit(kit.drafts().image("Maeva").build()));

        RecordedRequest sent = theCreate();
        assertThat(json(sent.body()).get("email").asText()).isEqualTo("second@example.com");
        assertThat(sent.queryParam("email").isEmpty()).isTrue();
    }

    @Test
    void answers_a_task_that_has_already_succeeded_with_the_element_the_vendor_named() {
        CreationTask task = created(
                client.submit(kit.drafts().image("Maeva").tag(TagKind.ANIMAL).build()));

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elementIds()).hasSize(1);
        Element element = task.elements().head();
        assertThat(task.id()).isEqualTo(CreationTaskId.of(element.id().value()));
        assertThat(element.id().value()).matches("u_\\d{15}");
        assertThat(element.name()).as("useapi appends a 5-character suffix").matches("Maeva [A-Z0-9]{5}");
        assertThat(element.kind()).isEqualTo(ReferenceKind.IMAGE);
        assertThat(element.tags()).containsExactly(Tag.of(TagKind.ANIMAL));
        assertThat(element.media().cover()).contains(FRONT);
        assertThat(task.createdAt()).isEqualTo(element.createdAt());
    }

    @Test
    void generate_views_reaches_the_caller_as_every_element_the_vendor_made() {
        CreationTask task =
                created(client.submit(cover("Hero").generateViews(true).build()));

        assertThat(json(theCreate().body())).isEqualTo(json("""
                {"name": "Hero", "coverImage": "%s", "generateViews": true}""".formatted(FRONT)));
        assertThat(task.elementIds()).hasSize(3).doesNotHaveDuplicates();
        assertThat(task.id().value())
                .isEqualTo(task.elementIds().map(id -> id.value()).mkString(","));
        assertThat(task.elements()).allSatisfy(e -> {
            assertThat(e.name()).matches("Hero [A-Z0-9]{5}");
            assertThat(e.media().references()).hasSize(3);
        });
    }

    @Test
    void sends_a_video_element_with_an_existing_voice_by_id() {
        CreationTask task = created(client.submit(kit.drafts()
                .video("Speaker", VoiceBinding.existing("2"))
                .tag(TagKind.CHARACTER)
                .build()));

        assertThat(json(theCreate().body())).isEqualTo(json("""
                {"name": "Speaker", "video": "%s", "description": "%s", "tag": "character", "voice": "2"}""".formatted(VIDEO, VIDEO_DESCRIPTION)));
        Element element = task.elements().head();
        assertThat(element.kind()).isEqualTo(ReferenceKind.VIDEO);
        assertThat(element.media().video()).contains(VIDEO);
        assertThat(element.voice().map(v -> v.id().value())).contains("2");
        assertThat(element.voice().map(v -> v.origin())).contains(VoiceOrigin.OFFICIAL);
    }

    @Test
    void sends_a_voice_clip_as_its_url_in_voice() {
        CreationTask task = created(client.submit(kit.drafts()
                .video("Speaker", VoiceBinding.fromClip("https://cdn.example.com/e4j/voice.mp4"))
                .tag(TagKind.CHARACTER)
                .build()));

        assertThat(json(theCreate().body()).get("voice").asText()).isEqualTo("https://cdn.example.com/e4j/voice.mp4");
        assertThat(task.elements().head().voice().map(v -> v.origin())).contains(VoiceOrigin.CUSTOM);
        assertThat(task.elements().head().voice().flatMap(v -> v.trialUrl()))
                .contains("https://cdn.example.com/e4j/voice.mp4");
    }

    @Test
    void extracting_the_voice_from_the_video_sends_no_voice_and_lets_useapi_extract_it() {
        CreationTask task = created(client.submit(kit.drafts()
                .video("Speaker", VoiceBinding.extractFromVideo())
                .tag(TagKind.CHARACTER)
                .build()));

        assertThat(json(theCreate().body()).has("voice")).isFalse();
        assertThat(task.elements().head().voice())
                .as("the voice useapi extracted")
                .isNotEmpty();
    }

    @Test
    void a_tag_without_a_useapi_key_is_sent_by_its_id() {
        created(client.submit(kit.drafts().image("Sparkles").tag(TagKind.EFFECT).build()));

        assertThat(json(theCreate().body()).get("tag").asText()).isEqualTo("o_107");
    }

    @Test
    void an_invalid_draft_sends_nothing_and_names_every_violation() {
        Either<ElementsError, CreationTask> result = kit.elements()
                .submit(kit.drafts()
                        .image("A name far beyond fifteen")
                        .description("d".repeat(101))
                        .tag(TagKind.CHARACTER)
                        .tag(TagKind.SCENE)
                        .build());

        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        e -> assertThat(e.violations().map(v -> v.field())).contains("name", "description"));
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void inline_media_is_refused_before_sending_since_useapi_takes_urls_only() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        Either<ElementsError, CreationTask> result = kit.elements()
                .submit(ElementDraft.image("Inline", MediaSource.inline(png, MediaFacts.unknown()))
                        .build());

        assertThat(result.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void looking_up_a_task_is_unsupported_and_sends_nothing() {
        Either<ElementsError, CreationTask> result = client.task(CreationTaskId.of("u_123456789012345"));

        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.Unsupported.class,
                        e -> assertThat(e.capability()).isEqualTo(Capability.TASK_QUERY));
        assertThat(vendor.journal()).isEmpty();
    }
}
