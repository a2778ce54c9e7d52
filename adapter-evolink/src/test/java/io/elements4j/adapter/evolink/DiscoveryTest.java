package io.elements4j.adapter.evolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.sandbox.evolink.EvolinkSimulator;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider is found on the class path, selected by its id, and configured from Evolink's usual names. */
class DiscoveryTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    @Test
    void elements_provider_evolink_selects_it_and_it_talks_to_the_simulator() {
        EvolinkSimulator vendor = kit.vendor(EvolinkSimulator.class);
        Properties props = new Properties();
        props.setProperty("elements.provider", "evolink");
        props.setProperty("elements.evolink.base-url", vendor.baseUrl());

        try (Elements elements = Elements.builder()
                .systemProperties(props)
                .env(Map.of("EVOLINK_API_KEY", vendor.credential()))
                .clock(kit.time().clock())
                .sleeper(kit.time())
                .build()) {
            assertThat(elements.provider().id()).isEqualTo("evolink");
            assertThat(elements.submit(kit.drafts().image("Courier").build()).isRight())
                    .isTrue();
        }
    }

    @Test
    void declares_its_metadata() {
        ProviderMetadata metadata = new EvolinkElementsProvider().metadata();

        assertThat(metadata.id()).isEqualTo("evolink");
        assertThat(metadata.displayName()).isEqualTo("Evolink");
        assertThat(metadata.defaultBaseUrl()).isEqualTo("https://api.evolink.ai");
        assertThat(metadata.ruleProfile().vendor()).isEqualTo("evolink");
        assertThat(metadata.ruleProfile().tags().maxTags()).isZero();
        assertThat(metadata.ruleProfile().voice().allowedOn().toJavaSet()).containsExactly(ReferenceKind.VIDEO);
        assertThat(metadata.ruleProfile().inlineMedia()).isFalse();
        assertThat(metadata.ruleProfile().images().flatMap(RuleProfile.ImageRules::maxBytes))
                .contains(10L * 1024 * 1024);
        assertThat(metadata.promptSyntax()).isEqualTo(Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX));
        assertThat(metadata.configKeys().find(k -> k.name().equals("api-key")).get())
                .satisfies(key -> {
                    assertThat(key.secret()).isTrue();
                    assertThat(key.vendorEnvNames()).containsExactly("EVOLINK_API_KEY");
                });
        assertThat(metadata.configKeys().toJavaList())
                .contains(
                        ConfigKey.BASE_URL,
                        ConfigKey.CONNECT_TIMEOUT,
                        ConfigKey.READ_TIMEOUT,
                        ConfigKey.MAX_RETRIES,
                        ConfigKey.HTTP_CLIENT);
    }

    @Test
    void without_an_api_key_it_says_which_key_and_env_names_to_set() {
        ProviderConfig noKey = ProviderConfig.builder("evolink").build();

        assertThatThrownBy(() -> new EvolinkElementsProvider().create(noKey))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("elements.evolink.api-key")
                .hasMessageContaining("ELEMENTS_EVOLINK_API_KEY")
                .hasMessageContaining("EVOLINK_API_KEY");
    }

    @Test
    void a_base_url_that_is_not_a_web_url_is_refused_when_the_client_is_built() {
        ProviderConfig bad = ProviderConfig.builder("evolink")
                .apiKey(StubbedEvolink.KEY)
                .baseUrl("api.evolink.ai")
                .build();

        assertThatThrownBy(() -> new EvolinkElementsProvider().create(bad))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("elements.evolink.base-url")
                .hasMessageNotContaining(StubbedEvolink.KEY);
    }

    @Test
    void uses_evolinks_production_url_unless_told_otherwise() {
        ProviderConfig config =
                ProviderConfig.builder("evolink").apiKey(StubbedEvolink.KEY).build();

        assertThat(new EvolinkElementsProvider().create(config).toString())
                .isEqualTo("EvolinkClient[https://api.evolink.ai]");
    }

    @Test
    void no_secret_shows_in_the_provider_the_client_or_the_configuration() {
        ProviderConfig config =
                ProviderConfig.builder("evolink").apiKey(StubbedEvolink.KEY).build();
        EvolinkElementsProvider provider = new EvolinkElementsProvider();

        assertThat(provider.toString()).doesNotContain(StubbedEvolink.KEY);
        assertThat(provider.create(config).toString()).doesNotContain(StubbedEvolink.KEY);
        assertThat(config.toString()).doesNotContain(StubbedEvolink.KEY);
    }
}
