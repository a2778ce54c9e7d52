package io.elements4j.adapter.falqueue;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.References;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.tag.TagCatalogue;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import io.vavr.control.Either;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the queue does not offer is answered locally: Unsupported, or GMI Cloud's queue guide's static tag table, with no request. */
class FalQueueCapabilityTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    final FalQueueSimulator vendor = kit.vendor(FalQueueSimulator.class);
    final VendorClient client = kit.client();
    final Elements elements = kit.elements();

    static Stream<Arguments> missingOperations() {
        ElementId id = ElementId.of("863121023120580651");
        return Stream.of(
                Arguments.of(Capability.FIND, (Function<Elements, Either<ElementsError, ?>>) c -> c.find(id)),
                Arguments.of(Capability.LIST, (Function<Elements, Either<ElementsError, ?>>)
                        c -> c.list(ElementFilter.all(), PageRequest.first(10))),
                Arguments.of(Capability.PRESETS, (Function<Elements, Either<ElementsError, ?>>)
                        c -> c.presets(PageRequest.first(10))),
                Arguments.of(
                        Capability.VOICE_CATALOGUE, (Function<Elements, Either<ElementsError, ?>>) Elements::voices),
                Arguments.of(Capability.DELETE, (Function<Elements, Either<ElementsError, ?>>) c -> c.delete(id)));
    }

    @ParameterizedTest
    @MethodSource("missingOperations")
    void an_operation_the_queue_lacks_is_unsupported_without_a_request(
            Capability capability, Function<Elements, Either<ElementsError, ?>> call) {
        ElementsError error = call.apply(elements).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.Unsupported.class, u -> {
            assertThat(u.capability()).isEqualTo(capability);
            assertThat(u.message()).contains("GMI Cloud request queue").contains("gmi-cloud");
        });
        assertThat(vendor.journal()).isEmpty();
        assertThat(new FalQueueElementsProvider().metadata().supports(capability))
                .isFalse();
    }

    @Test
    void the_tag_catalogue_is_seed_002s_table_without_a_request() {
        assertThat(client.tags().get()).containsExactlyElementsOf(TagCatalogue.all());
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void a_draft_that_breaks_the_queues_rules_is_refused_without_a_request() {
        var invalid = kit.drafts()
                .image("n".repeat(21))
                .voice(VoiceBinding.existing("829824295735410756"))
                .build();

        ElementsError error = elements.submit(invalid).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        e -> assertThat(e.violations().map(v -> v.field()).toJavaList())
                                .contains("name", "voice"));
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void inline_media_is_refused_without_a_request_since_the_queue_takes_urls_only() {
        var inline = kit.drafts().image("Detective Mara").build().toBuilder()
                .references(References.images(
                        MediaSource.inline(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, MediaFacts.unknown()),
                        MediaSource.url("https://example.com/mara/left.jpg")))
                .build();

        assertThat(elements.submit(inline).getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(vendor.journal()).isEmpty();
    }
}
