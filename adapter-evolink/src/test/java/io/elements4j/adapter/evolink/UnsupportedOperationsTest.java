package io.elements4j.adapter.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.testkit.VirtualTime;
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

/** What Evolink does not offer is answered {@code Unsupported}, saying so, without a request; the metadata agrees. */
class UnsupportedOperationsTest {

    static StubbedEvolink evolink;
    io.elements4j.client.Elements elements;

    @BeforeAll
    static void start() {
        evolink = new StubbedEvolink();
    }

    @AfterAll
    static void stop() {
        evolink.close();
    }

    @BeforeEach
    void fresh() {
        evolink.reset();
        VirtualTime time = VirtualTime.startingNow();
        elements = io.elements4j.client.Elements.builder().provider(new EvolinkElementsProvider())
                .config(java.util.Map.of("elements.evolink.base-url", evolink.baseUrl(),
                        "elements.evolink.api-key", Clients.WIREMOCK_KEY))
                .systemProperties(new java.util.Properties()).env(java.util.Map.of())
                .clock(time.clock()).sleeper(time).build();
    }

    static Stream<Arguments> operations_evolink_lacks() {
        ElementId id = ElementId.of("863121023120580600");
        return Stream.of(
                lacks(Capability.FIND, c -> c.find(id)),
                lacks(Capability.LIST, c -> c.list(ElementFilter.all(), PageRequest.first(10))),
                lacks(Capability.PRESETS, c -> c.presets(PageRequest.first(10))),
                lacks(Capability.DELETE, c -> c.delete(id)),
                lacks(Capability.TAG_CATALOGUE, io.elements4j.client.Elements::tags),
                lacks(Capability.VOICE_CATALOGUE, io.elements4j.client.Elements::voices));
    }

    private static Arguments lacks(Capability capability,
                                   Function<io.elements4j.client.Elements, Either<ElementsError, ?>> call) {
        return Arguments.of(capability, call);
    }

    @ParameterizedTest(name = "{0} is Unsupported without a request")
    @MethodSource("operations_evolink_lacks")
    void answers_unsupported_saying_evolink_does_not_offer_it(Capability capability,
                                                              Function<io.elements4j.client.Elements, Either<ElementsError, ?>> call) {
        ElementsError error = call.apply(elements).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.Unsupported.class,
                unsupported -> assertThat(unsupported.capability()).isEqualTo(capability));
        assertThat(error.message()).contains("Evolink").contains("cannot " + capability.description());
        assertThat(new EvolinkElementsProvider().metadata().supports(capability)).isFalse();
        assertThat(evolink.requests()).isZero();
    }

    @Test
    void declares_exactly_what_evolink_offers() {
        assertThat(new EvolinkElementsProvider().metadata().capabilities().toJavaSet()).containsExactlyInAnyOrder(
                Capability.CREATE_IMAGE_ELEMENT, Capability.CREATE_VIDEO_ELEMENT, Capability.VOICE_BINDING,
                Capability.CALLBACKS, Capability.TASK_QUERY);
    }
}
