package io.elements4j.adapter.useapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.useapi.UseapiSimulator;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider is found, selected and configured the way host apps do it, and keeps its credential to itself. */
class ProviderDiscoveryTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new UseapiElementsProvider());

    final UseapiSimulator vendor = kit.vendor(UseapiSimulator.class);
    final VirtualTime time = kit.time();

    Properties properties(String... pairs) {
        Properties props = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            props.setProperty(pairs[i], pairs[i + 1]);
        }
        return props;
    }

    ElementsBuilder facade(Properties props, Map<String, String> env) {
        return Elements.builder()
                .systemProperties(props)
                .env(env)
                .clock(time.clock())
                .sleeper(time);
    }

    @Test
    void elements_provider_useapi_selects_it_and_it_works() {
        Properties props = properties(
                "elements.provider",
                "useapi",
                "elements.useapi.base-url",
                vendor.baseUrl() + "/v1/kling",
                "elements.useapi.api-key",
                vendor.credential());

        try (Elements elements = facade(props, Map.of()).build()) {
            assertThat(elements.provider().id()).isEqualTo("useapi");
            assertThat(elements.tags().isRight()).isTrue();
        }
    }

    @Test
    void reads_the_token_and_the_account_from_useapis_own_env_names() {
        vendor.configureAccounts("first@example.com", "second@example.com");
        Properties props = properties("elements.useapi.base-url", vendor.baseUrl() + "/v1/kling");
        Map<String, String> env = Map.of("USEAPI_TOKEN", vendor.credential(), "USEAPI_EMAIL", "second@example.com");

        try (Elements elements = facade(props, env).provider("useapi").build()) {
            assertThat(elements.voices().isRight()).isTrue();
        }
        assertThat(vendor.journal().last().queryParam("email")).contains("second@example.com");
    }

    @Test
    void declares_exactly_what_useapi_offers() {
        ProviderMetadata md = new UseapiElementsProvider().metadata();

        assertThat(md.id()).isEqualTo("useapi");
        assertThat(md.capabilities())
                .isEqualTo(HashSet.of(
                        Capability.CREATE_IMAGE_ELEMENT,
                        Capability.CREATE_VIDEO_ELEMENT,
                        Capability.VOICE_BINDING,
                        Capability.GENERATE_VIEWS,
                        Capability.TAGS_ON_CREATE,
                        Capability.FIND,
                        Capability.LIST,
                        Capability.PRESETS,
                        Capability.DELETE,
                        Capability.TAG_CATALOGUE,
                        Capability.VOICE_CATALOGUE));
        assertThat(md.ruleProfile().vendor()).isEqualTo("useapi");
        assertThat(md.ruleProfile().name().maxLength()).contains(15);
        assertThat(md.ruleProfile().description().required()).isFalse();
        assertThat(md.ruleProfile().tags().maxTags()).isEqualTo(1);
        assertThat(md.ruleProfile().callbacks()).isEmpty();
        assertThat(md.ruleProfile().video().flatMap(RuleProfile.VideoRules::maxDuration))
                .isEmpty();
        assertThat(md.promptSyntax()).isEqualTo(Option.some(PromptSyntax.AT_INDEX));
        assertThat(md.defaultBaseUrl()).isEqualTo("https://api.useapi.net/v1/kling");
        assertThat(md.configKeys()).contains(ConfigKey.secret("api-key", "useapi.net API token", "USEAPI_TOKEN"));
        assertThat(md.configKeys().find(k -> k.name().equals("email")).get().vendorEnvNames())
                .containsExactly("USEAPI_EMAIL");
    }

    @Test
    void a_missing_token_names_every_place_to_set_one() {
        ProviderConfig config = ProviderConfig.builder("useapi").build();

        assertThatThrownBy(() -> new UseapiElementsProvider().create(config))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("elements.useapi.api-key")
                .hasMessageContaining("ELEMENTS_USEAPI_API_KEY")
                .hasMessageContaining("USEAPI_TOKEN");
    }

    @Test
    void create_and_await_finishes_at_once_without_looking_up_a_task() {
        try (Elements elements = facade(new Properties(), Map.of())
                .provider(new UseapiElementsProvider())
                .config(vendor.configuration().toJavaMap())
                .build()) {
            Awaited<CreationTask> done = elements.createAndAwait(
                            kit.drafts().image("Maeva").build(), AwaitOptions.DEFAULT)
                    .get();

            assertThat(done.value().state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(vendor.count(Operation.TASK)).isZero();
            assertThat(elements.await(done.value().id()).getLeft()).isInstanceOf(ElementsError.Unsupported.class);
        }
    }

    @Test
    void listing_everything_fetches_pages_only_as_iteration_reaches_them() {
        vendor.seedElements(7);
        try (Elements elements = facade(new Properties(), Map.of())
                .provider(new UseapiElementsProvider())
                .config(vendor.configuration().toJavaMap())
                .pageSize(3)
                .build()) {
            io.vavr.collection.Iterator<Either<ElementsError, Element>> all =
                    elements.listAll().items();
            all.next();
            all.next();
            assertThat(vendor.count(Operation.LIST)).isEqualTo(1);

            List<Element> rest = List.ofAll(all.map(Either::get));
            assertThat(rest).hasSize(5);
            assertThat(vendor.count(Operation.LIST)).isEqualTo(3);
        }
    }

    @Test
    void no_error_or_configuration_text_shows_the_token() {
        String token = "user:77-e4j-very-secret";
        vendor.injectFault(Operation.CREATE, Fault.status(400, "", "token " + vendor.credential() + " is odd"), 1);
        ProviderConfig wrong = kit.config().apiKey(token).build();
        ProviderConfig right = kit.config().build();

        Either<ElementsError, ?> refused =
                new UseapiElementsProvider().create(wrong).tags();
        Either<ElementsError, ?> echoed = new UseapiElementsProvider()
                .create(right)
                .submit(kit.drafts().image("Maeva").build());

        assertThat(List.of(refused.getLeft(), echoed.getLeft())).allSatisfy(error -> {
            assertThat(error.message()).doesNotContain(token).doesNotContain(vendor.credential());
            assertThat(error.toString()).doesNotContain(token).doesNotContain(vendor.credential());
        });
        assertThat(wrong.toString()).doesNotContain(token);
        assertThat(new UseapiElementsProvider().create(wrong).toString()).doesNotContain(token);
    }
}
