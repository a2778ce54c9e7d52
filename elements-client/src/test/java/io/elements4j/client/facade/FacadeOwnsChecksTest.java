package io.elements4j.client.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.elements4j.client.Elements;
import io.elements4j.client.testproviders.TestProfiles;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.rules.RuleCodes;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade alone checks drafts and capabilities, before the provider's client is called at all: a Mockito mock
 * of the port shows no interaction for a refused draft or an operation the provider does not offer.
 */
class FacadeOwnsChecksTest {

    private final VendorClient client = mock(VendorClient.class);
    private final VirtualTime time = VirtualTime.startingNow();

    private Elements facade(Capability... capabilities) {
        ElementsProvider provider = new ElementsProvider() {
            @Override
            public ProviderMetadata metadata() {
                return new ProviderMetadata(
                        "mocked",
                        "Mocked",
                        HashSet.of(capabilities),
                        TestProfiles.STRICT,
                        "https://mocked.invalid",
                        List.of(ConfigKey.BASE_URL),
                        PromptSyntax.TRIPLE_ANGLE_INDEX);
            }

            @Override
            public VendorClient create(ProviderConfig config) {
                return client;
            }
        };
        Elements elements = Elements.builder()
                .provider(provider)
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(time)
                .build();
        // Building asks the client how it verifies callbacks, for the start-up log: configuration, not a call.
        clearInvocations(client);
        return elements;
    }

    private static ElementDraft validDraft() {
        return ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("A courier")
                .build();
    }

    @Test
    void a_refused_draft_never_reaches_the_client() {
        ElementDraft invalid = ElementDraft.image("", MediaSource.url("ftp://example.com/a.gif"))
                .build();

        Either<ElementsError, CreationTask> result = facade(Capability.values()).submit(invalid);

        assertThat(result.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        verifyNoInteractions(client);
    }

    @Test
    void generated_views_are_refused_on_the_generateViews_field_where_the_provider_cannot_generate_them() {
        ElementDraft lone = ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
                .description("A courier")
                .generateViews(true)
                .build();
        Capability[] withoutViews = Stream.of(Capability.values())
                .filter(c -> c != Capability.GENERATE_VIEWS)
                .toArray(Capability[]::new);

        Either<ElementsError, CreationTask> result = facade(withoutViews).submit(lone);

        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        refused -> assertThat(refused.violations())
                                .extracting(v -> v.field() + " " + v.code())
                                .containsExactlyInAnyOrder(
                                        "generateViews " + RuleCodes.GENERATE_VIEWS_UNSUPPORTED,
                                        "references.extras " + RuleCodes.REFERENCES_EXTRAS_TOO_FEW));
        verifyNoInteractions(client);
    }

    @Test
    void generated_views_replace_the_extra_photos_where_the_provider_generates_them() {
        ElementDraft lone = ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
                .description("A courier")
                .generateViews(true)
                .build();

        Either<ElementsError, ElementDraft> result = facade(Capability.values()).validate(lone);

        assertThat(result.isRight()).as("%s", result).isTrue();
        assertThat(result.get()).isSameAs(lone);
    }

    @Test
    void a_draft_of_a_kind_the_provider_cannot_create_never_reaches_the_client() {
        Either<ElementsError, CreationTask> result =
                facade(Capability.CREATE_VIDEO_ELEMENT).submit(validDraft());

        assertThat(result.getLeft()).isInstanceOf(ElementsError.Unsupported.class);
        verifyNoInteractions(client);
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of(Capability.TASK_QUERY, (Function<Elements, Either<ElementsError, ?>>)
                        e -> e.task(CreationTaskId.of("t"))),
                Arguments.of(
                        Capability.FIND, (Function<Elements, Either<ElementsError, ?>>) e -> e.find(ElementId.of("1"))),
                Arguments.of(Capability.LIST, (Function<Elements, Either<ElementsError, ?>>)
                        e -> e.list(ElementFilter.all(), PageRequest.first(5))),
                Arguments.of(Capability.LIST, (Function<Elements, Either<ElementsError, ?>>)
                        e -> e.listAll().all()),
                Arguments.of(Capability.PRESETS, (Function<Elements, Either<ElementsError, ?>>)
                        e -> e.presets(PageRequest.first(5))),
                Arguments.of(Capability.TAG_CATALOGUE, (Function<Elements, Either<ElementsError, ?>>) Elements::tags),
                Arguments.of(
                        Capability.VOICE_CATALOGUE, (Function<Elements, Either<ElementsError, ?>>) Elements::voices),
                Arguments.of(Capability.DELETE, (Function<Elements, Either<ElementsError, ?>>)
                        e -> e.delete(ElementId.of("1"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void an_operation_the_provider_does_not_offer_answers_Unsupported_without_calling_the_client(
            Capability missing, Function<Elements, Either<ElementsError, ?>> operation) {
        Capability[] others =
                Stream.of(Capability.values()).filter(c -> c != missing).toArray(Capability[]::new);

        Either<ElementsError, ?> result = operation.apply(facade(others));

        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.Unsupported.class,
                        u -> assertThat(u.capability()).isEqualTo(missing));
        verifyNoInteractions(client);
    }

    @Test
    void a_valid_draft_reaches_the_client_once_as_given() {
        ElementDraft draft = validDraft();
        when(client.submit(any()))
                .thenReturn(Either.right(CreationTask.of(CreationTaskId.of("t-1"), TaskState.SUBMITTED)));

        assertThat(facade(Capability.values()).submit(draft).get().id().value()).isEqualTo("t-1");

        verify(client).submit(draft);
    }
}
