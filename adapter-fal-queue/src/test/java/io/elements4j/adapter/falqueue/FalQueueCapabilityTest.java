package io.elements4j.adapter.falqueue;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.elements4j.testkit.VirtualTime;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import io.vavr.control.Either;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the queue does not offer is answered locally: Unsupported, or GMI Cloud's queue guide's static tag table, with no request. */
class FalQueueCapabilityTest {

    static FalQueueSimulator vendor;
    VendorClient client;
    io.elements4j.client.Elements elements;

    @BeforeAll
    static void start() {
        vendor = new FalQueueSimulator();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    @BeforeEach
    void reset() {
        vendor.reset();
        VirtualTime time = VirtualTime.startingNow();
        client = TestClients.client(vendor, time);
        elements = io.elements4j.client.Elements.builder().provider(new FalQueueElementsProvider())
                .config(vendor.configuration().toJavaMap()).systemProperties(new java.util.Properties())
                .env(java.util.Map.of()).clock(time.clock()).sleeper(time).build();
    }

    static Stream<Arguments> missingOperations() {
        ElementId id = ElementId.of("863121023120580651");
        return Stream.of(
                Arguments.of(Capability.FIND, (Function<io.elements4j.client.Elements, Either<ElementsError, ?>>) c -> c.find(id)),
                Arguments.of(Capability.LIST, (Function<io.elements4j.client.Elements, Either<ElementsError, ?>>) c -> c.list(ElementFilter.all(), PageRequest.first(10))),
                Arguments.of(Capability.PRESETS, (Function<io.elements4j.client.Elements, Either<ElementsError, ?>>) c -> c.presets(PageRequest.first(10))),
                Arguments.of(Capability.VOICE_CATALOGUE, (Function<io.elements4j.client.Elements, Either<ElementsError, ?>>) io.elements4j.client.Elements::voices),
                Arguments.of(Capability.DELETE, (Function<io.elements4j.client.Elements, Either<ElementsError, ?>>) c -> c.delete(id)));
    }

    @ParameterizedTest
    @MethodSource("missingOperations")
    void an_operation_the_queue_lacks_is_unsupported_without_a_request(Capability capability,
                                                                       Function<io.elements4j.client.Elements, Either<ElementsError, ?>> call) {
        ElementsError error = call.apply(elements).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.Unsupported.class, u -> {
            assertThat(u.capability()).isEqualTo(capability);
            assertThat(u.message()).contains("GMI Cloud request queue").contains("fal-queue");
        });
        assertThat(vendor.journal()).isEmpty();
        assertThat(new FalQueueElementsProvider().metadata().supports(capability)).isFalse();
    }

    @Test
    void the_tag_catalogue_is_seed_002s_table_without_a_request() {
        assertThat(client.tags().get()).containsExactlyElementsOf(TagCatalogue.all());
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void a_draft_that_breaks_the_queues_rules_is_refused_without_a_request() {
        var invalid = TestClients.image("n".repeat(21)).voice(VoiceBinding.existing("829824295735410756")).build();

        ElementsError error = elements.submit(invalid).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.InvalidRequest.class, e ->
                assertThat(e.violations().map(v -> v.field()).toJavaList()).contains("name", "voice"));
        assertThat(vendor.journal()).isEmpty();
    }

    @Test
    void inline_media_is_refused_without_a_request_since_the_queue_takes_urls_only() {
        var inline = TestClients.image("Detective Mara").build().toBuilder()
                .references(References.images(
                        MediaSource.inline(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, MediaFacts.unknown()),
                        MediaSource.url("https://example.com/mara/left.jpg")))
                .build();

        assertThat(elements.submit(inline).getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(vendor.journal()).isEmpty();
    }
}
