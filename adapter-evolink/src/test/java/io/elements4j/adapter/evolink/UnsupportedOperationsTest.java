package io.elements4j.adapter.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.vavr.control.Either;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What Evolink does not offer is answered {@code Unsupported}, saying so, without a request; the metadata agrees. */
class UnsupportedOperationsTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    @RegisterExtension
    static final StubbedEvolink evolink = new StubbedEvolink();

    final Elements elements = kit.elements(
            Map.of("elements.evolink.base-url", evolink.baseUrl(), "elements.evolink.api-key", StubbedEvolink.KEY),
            UnaryOperator.identity());

    static Stream<Arguments> operations_evolink_lacks() {
        ElementId id = ElementId.of("863121023120580600");
        return Stream.of(
                lacks(Capability.FIND, c -> c.find(id)),
                lacks(Capability.LIST, c -> c.list(ElementFilter.all(), PageRequest.first(10))),
                lacks(Capability.PRESETS, c -> c.presets(PageRequest.first(10))),
                lacks(Capability.DELETE, c -> c.delete(id)),
                lacks(Capability.TAG_CATALOGUE, Elements::tags),
                lacks(Capability.VOICE_CATALOGUE, Elements::voices));
    }

    private static Arguments lacks(Capability capability, Function<Elements, Either<ElementsError, ?>> call) {
        return Arguments.of(capability, call);
    }

    @ParameterizedTest(name = "{0} is Unsupported without a request")
    @MethodSource("operations_evolink_lacks")
    void answers_unsupported_saying_evolink_does_not_offer_it(
            Capability capability, Function<Elements, Either<ElementsError, ?>> call) {
        ElementsError error = call.apply(elements).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.Unsupported.class,
                        unsupported -> assertThat(unsupported.capability()).isEqualTo(capability));
        assertThat(error.message()).contains("Evolink").contains("cannot " + capability.description());
        assertThat(new EvolinkElementsProvider().metadata().supports(capability))
                .isFalse();
        assertThat(evolink.requests()).isZero();
    }

    @Test
    void declares_exactly_what_evolink_offers() {
        assertThat(new EvolinkElementsProvider().metadata().capabilities().toJavaSet())
                .containsExactlyInAnyOrder(
                        Capability.CREATE_IMAGE_ELEMENT,
                        Capability.CREATE_VIDEO_ELEMENT,
                        Capability.VOICE_BINDING,
                        Capability.CALLBACKS,
                        Capability.TASK_QUERY);
    }
}
