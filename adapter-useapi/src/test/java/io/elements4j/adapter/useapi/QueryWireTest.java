package io.elements4j.adapter.useapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.Origin;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.Deletion;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.Page;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.Voice;
import io.elements4j.domain.voice.VoiceOrigin;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.useapi.UseapiSimulator;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding, listing, presets, deleting and the catalogues: the requests sent and what comes back. */
class QueryWireTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new UseapiElementsProvider());

    final UseapiSimulator vendor = kit.vendor(UseapiSimulator.class);
    final VendorClient client = kit.client();

    Element createOne(String name, TagKind tag) {
        return client.submit(kit.drafts().image(name).tag(tag).build())
                .get()
                .elements()
                .head();
    }

    @Nested
    class Finding {

        @Test
        void gets_the_element_by_id_and_reads_it_whole() {
            Element created = createOne("Maeva", TagKind.CHARACTER);

            Option<Element> found = client.find(created.id()).get();

            RecordedRequest sent = kit.last(Operation.FIND);
            assertThat(sent.method()).isEqualTo("GET");
            assertThat(sent.path())
                    .isEqualTo("/v1/kling/elements/" + created.id().value());
            assertThat(sent.query().isEmpty()).isTrue();
            assertThat(found).contains(created);
        }

        @Test
        void an_element_that_does_not_exist_is_empty() {
            Either<ElementsError, Option<Element>> found = client.find(ElementId.of("u_404404404404404"));

            assertThat(found).isEqualTo(Either.right(Option.none()));
        }

        @Test
        void an_id_that_could_not_be_useapis_never_reaches_the_url() {
            Either<ElementsError, Option<Element>> found = client.find(ElementId.of("../accounts"));

            assertThat(found.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
            assertThat(vendor.journal()).isEmpty();
        }
    }

    @Nested
    class Listing {

        @Test
        void asks_for_the_page_number_and_size() {
            vendor.seedElements(7);

            Page<Element> page =
                    client.list(ElementFilter.all(), PageRequest.of(2, 3)).get();

            RecordedRequest sent = kit.last(Operation.LIST);
            assertThat(sent.path()).isEqualTo("/v1/kling/elements/");
            assertThat(sent.query()).isEqualTo(HashMap.of("pageNum", "2", "pageSize", "3"));
            assertThat(page.items()).hasSize(3);
            assertThat(page.total()).contains(7L);
            assertThat(page.hasMore()).isTrue();
        }

        @Test
        void the_last_page_says_there_is_no_more() {
            vendor.seedElements(7);

            Page<Element> page =
                    client.list(ElementFilter.all(), PageRequest.of(3, 3)).get();

            assertThat(page.items()).hasSize(1);
            assertThat(page.hasMore()).isFalse();
        }

        @Test
        void asks_for_at_most_100_per_page() {
            client.list(ElementFilter.all(), PageRequest.first(500)).get();

            assertThat(kit.last(Operation.LIST).queryParam("pageSize")).contains("100");
        }

        @Test
        void filters_by_tag_with_the_useapi_tag_key() {
            createOne("Pet", TagKind.ANIMAL);
            createOne("Hat", TagKind.ITEM);

            Seq<Element> items = client.list(ElementFilter.all().withTag(Tag.of(TagKind.ITEM)), PageRequest.first(10))
                    .get()
                    .items();

            assertThat(kit.last(Operation.LIST).queryParam("tag")).contains("prop");
            assertThat(items)
                    .singleElement()
                    .satisfies(e -> assertThat(e.tags()).containsExactly(Tag.of(TagKind.ITEM)));
        }

        @Test
        void presets_are_the_official_elements() {
            Page<Element> presets = client.presets(PageRequest.first(10)).get();

            assertThat(kit.last(Operation.PRESETS).query())
                    .isEqualTo(HashMap.of("pageNum", "1", "pageSize", "10", "official", "true"));
            assertThat(presets.items())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.origin()).isEqualTo(Origin.OFFICIAL));
        }

        @Test
        void reads_the_older_list_shape_too() {
            Element created = client.submit(kit.drafts()
                            .image("Lady")
                            .tag(TagKind.CHARACTER)
                            .extras(MediaSource.url("https://cdn.example.com/e4j/side.png"))
                            .build())
                    .get()
                    .elements()
                    .head();
            vendor.useLegacyListShape(true);

            Element listed = client.list(ElementFilter.all(), PageRequest.first(10))
                    .get()
                    .items()
                    .head();

            assertThat(listed.id()).isEqualTo(created.id());
            assertThat(listed.tags()).containsExactly(Tag.of(TagKind.CHARACTER));
            assertThat(listed.media()).isEqualTo(created.media());
        }
    }

    @Nested
    class Deleting {

        @Test
        void deletes_by_id_then_finds_it_already_absent() {
            Element created = createOne("Maeva", TagKind.CHARACTER);

            Deletion first = client.delete(created.id()).get();
            Deletion second = client.delete(created.id()).get();

            RecordedRequest sent = kit.last(Operation.DELETE);
            assertThat(sent.method()).isEqualTo("DELETE");
            assertThat(sent.path())
                    .isEqualTo("/v1/kling/elements/" + created.id().value());
            assertThat(first).isEqualTo(Deletion.deleted(created.id()));
            assertThat(second).isEqualTo(Deletion.alreadyAbsent(created.id()));
        }
    }

    @Nested
    class Catalogues {

        @Test
        void reads_every_tag_into_the_catalogue() {
            Seq<Tag> tags = client.tags().get();

            assertThat(kit.last(Operation.TAGS).path()).isEqualTo("/v1/kling/elements/tags/");
            assertThat(tags)
                    .containsExactly(
                            Tag.of(TagKind.CHARACTER),
                            Tag.of(TagKind.ANIMAL),
                            Tag.of(TagKind.ITEM),
                            Tag.of(TagKind.COSTUME),
                            Tag.of(TagKind.SCENE),
                            Tag.of(TagKind.EFFECT),
                            Tag.of(TagKind.OTHERS));
        }

        @Test
        void reads_voices_with_their_numeric_ids_as_text() {
            Seq<Voice> voices = client.voices().get();

            assertThat(kit.last(Operation.VOICES).path()).isEqualTo("/v1/kling/elements/voices/");
            assertThat(voices.head().id().value()).isEqualTo("1");
            assertThat(voices.head().name()).isEqualTo("Vivid Girl");
            assertThat(voices).allSatisfy(v -> assertThat(v.origin()).isEqualTo(VoiceOrigin.OFFICIAL));
        }
    }

    @Nested
    class WithSeveralAccounts {

        VendorClient withEmail;

        @BeforeEach
        void twoAccounts() {
            vendor.configureAccounts("first@example.com", "second@example.com");
            withEmail = kit.client(kit.config().set("email", "second@example.com"));
        }

        @Test
        void every_get_and_delete_carries_the_email_in_its_query() {
            Element created = withEmail
                    .submit(kit.drafts().image("Maeva").build())
                    .get()
                    .elements()
                    .head();

            assertThat(withEmail.find(created.id()).get()).isNotEmpty();
            assertThat(withEmail.list(ElementFilter.all(), PageRequest.first(5)).isRight())
                    .isTrue();
            assertThat(withEmail.presets(PageRequest.first(5)).isRight()).isTrue();
            assertThat(withEmail.tags().isRight()).isTrue();
            assertThat(withEmail.voices().isRight()).isTrue();
            assertThat(withEmail.delete(created.id()).get().outcome()).isEqualTo(Deletion.Outcome.DELETED);

            Seq<RecordedRequest> reads =
                    vendor.journal().filter(r -> !r.method().equals("POST"));
            assertThat(reads)
                    .hasSize(6)
                    .allSatisfy(r -> assertThat(r.queryParam("email")).contains("second@example.com"));
        }

        @Test
        void without_the_email_useapi_refuses_and_the_message_says_so() {
            Either<ElementsError, Page<Element>> result = client.list(ElementFilter.all(), PageRequest.first(5));

            assertThat(result.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
            assertThat(result.getLeft().message()).contains("email");
        }
    }
}
