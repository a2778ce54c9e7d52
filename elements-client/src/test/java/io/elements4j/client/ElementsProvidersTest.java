package io.elements4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.elements4j.client.ProviderSelectionException.Reason;
import io.elements4j.client.testproviders.AlphaTestProvider;
import io.elements4j.client.testproviders.BetaTestProvider;
import io.elements4j.client.testproviders.DuplicateAlphaProvider;
import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElementsProvidersTest {

    private static final String TEST_PROVIDERS = "io.elements4j.client.testproviders.";
    private static final String CHOOSE = "Set -Delements.provider=<id> or ELEMENTS_PROVIDER=<id>";
    private static final String ADD_ADAPTER =
            "Add the adapter jar of one provider (an io.elements4j:adapter-* artifact;"
                    + " the README's provider table lists them) to the runtime class path";

    private final Scenarios scenarios = new Scenarios();

    @AfterEach
    void closeScenarios() {
        scenarios.close();
    }

    @Test
    void the_test_class_path_itself_registers_no_provider() {
        assertThat(ElementsProviders.available(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void picks_the_only_provider_when_none_is_named() {
        ElementsProvider chosen = ElementsProviders.select(Option.none(), scenarios.loader("single"));

        assertThat(chosen).isInstanceOf(AlphaTestProvider.class);
    }

    @Test
    void picks_the_named_provider_among_several() {
        ElementsProvider chosen = ElementsProviders.select(Option.some("beta"), scenarios.loader("several"));

        assertThat(chosen).isInstanceOf(BetaTestProvider.class);
    }

    @Test
    void treats_a_blank_requested_id_as_none() {
        ElementsProvider chosen = ElementsProviders.select(Option.some("  "), scenarios.loader("single"));

        assertThat(chosen).isInstanceOf(AlphaTestProvider.class);
    }

    @Test
    void fails_saying_which_jar_to_add_when_no_provider_is_on_the_class_path() {
        ProviderSelectionException e = selectFails(Option.none(), "empty");

        assertThat(e.reason()).isEqualTo(Reason.NONE_FOUND);
        assertThat(e.getMessage().lines())
                .containsExactly(
                        "elements4j found no provider: nothing on the class path registers"
                                + " META-INF/services/io.elements4j.ports.spi.ElementsProvider.",
                        "  No provider was found on the class path",
                        ADD_ADAPTER + ".");
    }

    @Test
    void fails_saying_which_jar_to_add_when_a_provider_is_named_but_none_is_on_the_class_path() {
        ProviderSelectionException e = selectFails(Option.some("useapi"), "empty");

        assertThat(e.reason()).isEqualTo(Reason.NONE_FOUND);
        assertThat(e.getMessage())
                .contains("asked for provider [useapi]")
                .contains("No provider was found on the class path")
                .contains(ADD_ADAPTER);
    }

    @Test
    void fails_listing_every_candidate_when_several_providers_and_none_chosen() {
        ProviderSelectionException e = selectFails(Option.none(), "several");

        String testClasses = Scenarios.location(AlphaTestProvider.class);
        assertThat(e.reason()).isEqualTo(Reason.SEVERAL_WITHOUT_CHOICE);
        assertThat(e.getMessage().lines())
                .containsExactly(
                        "elements4j found 2 providers on the class path and none was chosen.",
                        "  Found provider [alpha] -> " + AlphaTestProvider.class.getName() + " -> " + testClasses,
                        "  Found provider [beta] -> " + BetaTestProvider.class.getName() + " -> " + testClasses,
                        CHOOSE + " to choose one of: alpha, beta (or keep only one adapter jar).");
    }

    @Test
    void fails_listing_the_known_ids_when_the_named_provider_is_unknown() {
        ProviderSelectionException e = selectFails(Option.some("gamma"), "several");

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_ID);
        assertThat(e.getMessage().lines())
                .first()
                .asString()
                .contains("asked for provider [gamma]")
                .contains("elements.provider")
                .contains("ELEMENTS_PROVIDER");
        assertThat(e.getMessage())
                .contains("Found provider [alpha] -> " + AlphaTestProvider.class.getName())
                .contains("Found provider [beta] -> " + BetaTestProvider.class.getName())
                .contains(CHOOSE + " to one of the known ids: alpha, beta");
    }

    @Test
    void chooses_among_the_providers_an_earlier_scan_found_the_instance_that_scan_loaded() {
        Seq<FoundProvider> found = ElementsProviders.available(scenarios.loader("several"));

        ElementsProvider chosen = ElementsProviders.select(Option.some("beta"), found);

        assertThat(chosen)
                .isSameAs(
                        found.find(p -> p.id().equals("beta")).get().provider().get());
    }

    @Test
    void refuses_among_an_earlier_scan_with_the_reason_and_message_a_scan_of_the_loader_gives() {
        Seq<FoundProvider> found = ElementsProviders.available(scenarios.loader("several"));

        ProviderSelectionException amongFound = catchThrowableOfType(
                ProviderSelectionException.class, () -> ElementsProviders.select(Option.some("gamma"), found));
        ProviderSelectionException scanned = selectFails(Option.some("gamma"), "several");

        assertThat(amongFound.reason()).isEqualTo(Reason.UNKNOWN_ID);
        assertThat(amongFound.getMessage()).isEqualTo(scanned.getMessage());
    }

    @Test
    void fails_naming_both_classes_when_two_providers_declare_the_same_id() {
        ProviderSelectionException e = selectFails(Option.none(), "duplicate-id");

        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_ID);
        assertThat(e.getMessage().lines())
                .first()
                .asString()
                .contains("2 providers declaring the same id [alpha]")
                .contains(AlphaTestProvider.class.getName())
                .contains(DuplicateAlphaProvider.class.getName());
        assertThat(e.getMessage())
                .contains("Found provider [alpha] -> " + AlphaTestProvider.class.getName())
                .contains("Found provider [alpha] -> " + DuplicateAlphaProvider.class.getName())
                .contains("Keep only one jar providing [alpha] on the runtime class path.");
    }

    @Test
    void fails_when_the_named_id_is_declared_by_two_providers() {
        ProviderSelectionException e = selectFails(Option.some("alpha"), "duplicate-id");

        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_ID);
    }

    @Test
    void picks_a_named_provider_whose_id_is_not_the_duplicated_one() {
        ElementsProvider chosen = ElementsProviders.select(Option.some("beta"), scenarios.loader("duplicate-id"));

        assertThat(chosen).isInstanceOf(BetaTestProvider.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-class          | NoSuchProvider               | Provider io.elements4j.client.testproviders.NoSuchProvider not found
            exploding-constructor  | ExplodingConstructorProvider | IllegalStateException: exploding constructor: the vendor SDK is misconfigured
            no-no-arg-constructor  | NoNoArgConstructorProvider   | Unable to get public no-arg constructor
            exploding-metadata     | ExplodingMetadataProvider    | IllegalArgumentException: exploding metadata: no rule profile
            missing-dependency     | MissingDependencyProvider    | NoClassDefFoundError: feign/Client
            not-a-provider         | NotAProvider                 | io.elements4j.client.testproviders.NotAProvider not a subtype
            """)
    void fails_naming_the_broken_provider_and_why_even_when_another_could_be_chosen(
            String scenario, String brokenClass, String cause) {
        ProviderSelectionException e = selectFails(Option.none(), scenario);

        assertThat(e.reason()).isEqualTo(Reason.FAILED_TO_LOAD);
        assertThat(e.getMessage().lines()).first().asString().contains("1 provider on the class path failed to load");
        assertThat(e.getMessage())
                .contains("Found provider [?] -> " + TEST_PROVIDERS + brokenClass + " -> ")
                .contains("(failed to load: ")
                .contains(cause)
                .contains("Found provider [alpha] -> " + AlphaTestProvider.class.getName())
                .contains("Fix or remove the jar of the provider that failed, or set -Delements.provider=<id> or"
                        + " ELEMENTS_PROVIDER=<id> to choose one that loaded: alpha.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "missing-class",
                "exploding-constructor",
                "no-no-arg-constructor",
                "exploding-metadata",
                "missing-dependency",
                "not-a-provider"
            })
    void still_picks_the_named_provider_when_a_different_one_is_broken_and_keeps_the_broken_one_listed(
            String scenario) {
        ClassLoader loader = scenarios.loader(scenario);

        ElementsProvider chosen = ElementsProviders.select(Option.some("alpha"), loader);

        assertThat(chosen).isInstanceOf(AlphaTestProvider.class);
        assertThat(ElementsProviders.available(loader))
                .filteredOn(found -> !found.isLoaded())
                .singleElement()
                .satisfies(broken -> assertThat(broken.failure()).isNotEmpty());
    }

    @Test
    void fails_when_the_named_provider_may_be_the_one_that_failed_to_load() {
        ProviderSelectionException e = selectFails(Option.some("exploding-constructor"), "exploding-constructor");

        assertThat(e.reason()).isEqualTo(Reason.FAILED_TO_LOAD);
        assertThat(e.getMessage())
                .contains("asked for provider [exploding-constructor]")
                .contains("it may be [exploding-constructor]")
                .contains("Found provider [?] -> " + TEST_PROVIDERS + "ExplodingConstructorProvider")
                .contains("exploding constructor: the vendor SDK is misconfigured")
                .contains("Found provider [alpha] -> ");
    }

    @Test
    void the_failure_gives_code_the_reason_and_every_provider_found() {
        ProviderSelectionException e = selectFails(Option.none(), "several");

        assertThat(e.found().map(FoundProvider::id)).containsExactly("alpha", "beta");
        assertThat(e).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void select_without_arguments_reads_the_system_property_and_the_thread_context_class_loader() {
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        String previousChoice = System.getProperty(ElementsProviders.PROVIDER_PROPERTY);
        try {
            thread.setContextClassLoader(scenarios.loader("several"));
            System.setProperty(ElementsProviders.PROVIDER_PROPERTY, "beta");

            assertThat(ElementsProviders.select()).isInstanceOf(BetaTestProvider.class);
        } finally {
            thread.setContextClassLoader(previousLoader);
            if (previousChoice == null) {
                System.clearProperty(ElementsProviders.PROVIDER_PROPERTY);
            } else {
                System.setProperty(ElementsProviders.PROVIDER_PROPERTY, previousChoice);
            }
        }
    }

    private ProviderSelectionException selectFails(Option<String> requestedId, String scenario) {
        ProviderSelectionException e = catchThrowableOfType(
                ProviderSelectionException.class,
                () -> ElementsProviders.select(requestedId, scenarios.loader(scenario)));
        assertThat(e)
                .as("selecting %s in scenario %s should fail", requestedId, scenario)
                .isNotNull();
        return e;
    }
}
