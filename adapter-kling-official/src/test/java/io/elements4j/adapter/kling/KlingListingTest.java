package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.domain.voice.VoiceOrigin;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the adapter makes of Kling's task-shaped listings, presets and voices. */
class KlingListingTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final KlingSimulator kling = kit.vendor(KlingSimulator.class);
    final VendorClient client = kit.client();

    @Test
    void leaves_deleted_elements_out_unless_the_filter_asks_for_them() {
        Seq<String> ids = kling.seedElements(3);
        client.delete(ElementId.of(ids.get(1))).get();

        Page<Element> active =
                client.list(ElementFilter.all(), PageRequest.first(3)).get();
        Page<Element> everything = client.list(ElementFilter.all().includingDeleted(), PageRequest.first(3))
                .get();

        assertThat(active.items().map(e -> e.id().value())).containsExactly(ids.get(2), ids.get(0));
        assertThat(everything.items().map(Element::status))
                .containsExactly(ElementStatus.ACTIVE, ElementStatus.DELETED, ElementStatus.ACTIVE);
        assertThat(active.hasMore())
                .as("Kling gives no total: a full raw page may have more after it")
                .isTrue();
    }

    @Test
    void a_short_page_is_the_last() {
        kling.seedElements(2);

        assertThat(client.list(ElementFilter.all(), PageRequest.first(3)).get().hasMore())
                .isFalse();
    }

    @Test
    void filters_by_tag() {
        kling.completeTasksAfterPolls(0);
        client.submit(kit.drafts().image("Animal").tag(TagKind.ANIMAL).build()).get();
        client.submit(kit.drafts().image("Person").tag(TagKind.CHARACTER).build())
                .get();

        Page<Element> animals = client.list(ElementFilter.all().withTag(Tag.of(TagKind.ANIMAL)), PageRequest.first(10))
                .get();

        assertThat(animals.items().map(Element::name)).containsExactly("Animal");
    }

    @Test
    void a_create_answered_as_already_done_fetches_its_elements() {
        kling.completeTasksAfterPolls(0);

        CreationTask task = client.submit(
                        kit.drafts().video("Speaker", VoiceBinding.none()).build())
                .get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elements()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ReferenceKind.VIDEO);
            assertThat(e.origin()).isEqualTo(Origin.CUSTOM);
            assertThat(e.voice().map(Voice::origin))
                    .as("customised from the video")
                    .contains(VoiceOrigin.CUSTOM);
        });
        assertThat(kling.journal().map(r -> r.operation())).containsExactly(Operation.CREATE, Operation.TASK);
    }

    @Test
    void elements_keep_their_exact_ids_above_two_to_the_53() {
        String id = kling.seedElements(1).head();

        Element element = client.list(ElementFilter.all(), PageRequest.first(10))
                .get()
                .items()
                .single();

        assertThat(element.id().value()).isEqualTo(id);
        assertThat(element.id().asLong()).isGreaterThan(1L << 53);
    }

    @Test
    void presets_are_official() {
        assertThat(client.presets(PageRequest.first(10)).get().items())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.origin()).isEqualTo(Origin.OFFICIAL));
    }

    @Test
    void voices_are_the_official_ones_then_the_accounts_own() {
        kling.completeTasksAfterPolls(0);
        client.submit(kit.drafts().video("Speaker", VoiceBinding.none()).build())
                .get();

        Seq<Voice> voices = client.voices().get();

        assertThat(voices.map(Voice::origin).distinct()).containsExactly(VoiceOrigin.OFFICIAL, VoiceOrigin.CUSTOM);
        assertThat(voices.last().name()).isEqualTo("Speaker voice");
    }
}
