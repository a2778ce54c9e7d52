package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.vavr.Tuple;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider as a host app meets it: discovered, selected by id, configured, and honest about what it needs. */
class KlingProviderTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final KlingOfficialElementsProvider provider = new KlingOfficialElementsProvider();

    @Test
    void elements_selects_it_by_the_elements_provider_property() {
        KlingSimulator kling = kit.vendor(KlingSimulator.class);
        Properties props = new Properties();
        props.setProperty("elements.provider", "kling-official");
        props.setProperty("elements.kling-official.base-url", kling.baseUrl());

        try (Elements elements = Elements.builder()
                .systemProperties(props)
                .env(Map.of("KLING_API_KEY", kling.credential()))
                .build()) {

            assertThat(elements.provider().id()).isEqualTo("kling-official");
            assertThat(elements.list(ElementFilter.all(), PageRequest.first(5)).isRight())
                    .isTrue();
            assertThat(kling.count(Operation.LIST)).isEqualTo(1);
        }
    }

    @Test
    void reads_the_access_and_secret_key_from_klings_own_env_names() {
        KlingSimulator kling = kit.vendor(KlingSimulator.class);
        Properties props = new Properties();
        props.setProperty("elements.provider", "kling-official");
        props.setProperty("elements.kling-official.base-url", kling.baseUrl());

        try (Elements elements = Elements.builder()
                .systemProperties(props)
                .clock(kit.time().clock())
                .sleeper(kit.time())
                .env(Map.of("KLING_ACCESS_KEY", kling.accessKey(), "KLING_SECRET_KEY", kling.secretKey()))
                .build()) {

            assertThat(elements.voices().isRight()).isTrue();
        }
    }

    @Test
    void declares_what_kling_offers() {
        ProviderMetadata md = provider.metadata();

        assertThat(md.id()).isEqualTo("kling-official");
        assertThat(md.displayName()).isEqualTo("Kling (official API)");
        assertThat(md.defaultBaseUrl()).isEqualTo("https://api-singapore.klingai.com");
        assertThat(md.ruleProfile().vendor()).isEqualTo("kling-official");
        assertThat(md.ruleProfile().name().maxLength()).contains(20);
        assertThat(md.ruleProfile().description().required()).isTrue();
        assertThat(md.ruleProfile().tags().maxTags()).isEqualTo(8);
        assertThat(md.ruleProfile().inlineMedia()).isTrue();
        assertThat(md.ruleProfile().video().flatMap(RuleProfile.VideoRules::minShortEdge))
                .contains(1080);
        assertThat(md.promptSyntax()).isEqualTo(Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX));
        assertThat(md.capabilities().toJavaSet())
                .containsExactlyInAnyOrder(
                        Capability.CREATE_IMAGE_ELEMENT,
                        Capability.CREATE_VIDEO_ELEMENT,
                        Capability.VOICE_BINDING,
                        Capability.TAGS_ON_CREATE,
                        Capability.CALLBACKS,
                        Capability.IDEMPOTENT_CREATE,
                        Capability.TASK_QUERY,
                        Capability.FIND,
                        Capability.LIST,
                        Capability.PRESETS,
                        Capability.DELETE,
                        Capability.TAG_CATALOGUE,
                        Capability.VOICE_CATALOGUE);
        assertThat(md.capabilities().contains(Capability.GENERATE_VIEWS)).isFalse();
    }

    @Test
    void declares_its_configuration_keys_with_klings_env_names() {
        Map<String, ConfigKey> keys = provider.metadata().configKeys().toJavaMap(k -> Tuple.of(k.name(), k));

        assertThat(keys)
                .containsOnlyKeys(
                        "api-key",
                        "access-key",
                        "secret-key",
                        "callback-secret",
                        "accept-unsigned-callbacks",
                        "base-url",
                        "connect-timeout",
                        "read-timeout",
                        "call-timeout",
                        "max-retries",
                        "http-client");
        assertThat(keys.get("callback-secret").secret()).isTrue();
        assertThat(keys.get("callback-secret").vendorEnvNames()).containsExactly("KLING_WEBHOOK_SECRET");
        assertThat(keys.get("api-key").secret()).isTrue();
        assertThat(keys.get("api-key").vendorEnvNames()).containsExactly("KLING_API_KEY");
        assertThat(keys.get("access-key").vendorEnvNames()).containsExactly("KLING_ACCESS_KEY");
        assertThat(keys.get("secret-key").secret()).isTrue();
        assertThat(keys.get("secret-key").vendorEnvNames()).containsExactly("KLING_SECRET_KEY");
    }

    @Test
    void without_credentials_it_says_which_keys_and_env_names_to_set() {
        assertThatThrownBy(() ->
                        provider.create(ProviderConfig.builder("kling-official").build()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("api-key")
                .hasMessageContaining("KLING_API_KEY")
                .hasMessageContaining("elements.kling-official.api-key")
                .hasMessageContaining("access-key")
                .hasMessageContaining("KLING_ACCESS_KEY")
                .hasMessageContaining("secret-key")
                .hasMessageContaining("KLING_SECRET_KEY");
    }

    @Test
    void an_access_key_without_its_secret_key_is_named() {
        assertThatThrownBy(() -> provider.create(ProviderConfig.builder("kling-official")
                        .set("access-key", "ak-1")
                        .build()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("secret-key is not")
                .hasMessageContaining("KLING_SECRET_KEY")
                .hasMessageNotContaining("ak-1");
        assertThatThrownBy(() -> provider.create(ProviderConfig.builder("kling-official")
                        .secret("secret-key", "sk-very-secret")
                        .build()))
                .hasMessageContaining("access-key is not")
                .hasMessageNotContaining("sk-very-secret");
    }

    @Test
    void a_base_url_that_is_not_http_is_refused() {
        assertThatThrownBy(() -> provider.create(ProviderConfig.builder("kling-official")
                        .apiKey("k-123456")
                        .baseUrl("api-singapore.klingai.com")
                        .build()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("base-url");
    }

    @Test
    void no_secret_shows_in_the_clients_or_configurations_text() {
        ProviderConfig config = ProviderConfig.builder("kling-official")
                .apiKey("sk-e4j-super-secret-key")
                .set("access-key", "ak-1")
                .secret("secret-key", "sk-e4j-other-secret")
                .build();

        assertThat(provider.create(config).toString())
                .doesNotContain("sk-e4j-super-secret-key")
                .doesNotContain("sk-e4j-other-secret");
        assertThat(config.toString()).doesNotContain("sk-e4j-super-secret-key").doesNotContain("sk-e4j-other-secret");
        assertThat(provider.toString()).doesNotContain("secret");
    }
}
