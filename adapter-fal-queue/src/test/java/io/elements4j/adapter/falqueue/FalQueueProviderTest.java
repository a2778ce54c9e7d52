package io.elements4j.adapter.falqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The provider as a host application meets it: discovery, metadata, configuration. */
class FalQueueProviderTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    final ProviderMetadata metadata = new FalQueueElementsProvider().metadata();

    @Test
    void is_selected_by_its_vendors_name_gmi_cloud() {
        Properties props = new Properties();
        props.setProperty("elements.provider", "gmi-cloud");
        props.setProperty("elements.gmi-cloud.api-key", "gmi-key");

        try (Elements elements =
                Elements.builder().systemProperties(props).env(Map.of()).build()) {
            assertThat(elements.provider().id()).isEqualTo("gmi-cloud");
        }
    }

    @Test
    void the_former_id_fal_queue_selects_the_same_provider_and_its_settings_are_still_read() {
        FalQueueSimulator vendor = kit.vendor(FalQueueSimulator.class);
        Properties props = new Properties();
        props.setProperty("elements.provider", "fal-queue");
        props.setProperty("elements.fal-queue.api-key", vendor.credential());
        props.setProperty(
                "elements.fal-queue.base-url",
                vendor.configuration().get("elements.gmi-cloud.base-url").get());

        try (Elements elements = Elements.builder()
                .systemProperties(props)
                .env(Map.of())
                .clock(kit.time().clock())
                .sleeper(kit.time())
                .build()) {

            assertThat(elements.provider().id()).isEqualTo("gmi-cloud");
            assertThat(elements.provider()).isEqualTo(metadata);
            assertThat(elements.submit(kit.drafts().image("Detective Mara").build())
                            .isRight())
                    .isTrue();
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        }
    }

    @Test
    void a_setting_under_the_new_id_wins_over_the_same_one_under_the_former_id() {
        FalQueueSimulator vendor = kit.vendor(FalQueueSimulator.class);
        try (Elements elements = Elements.builder()
                .provider("fal-queue")
                .config(Map.of(
                        "elements.gmi-cloud.api-key", vendor.credential(),
                        "elements.fal-queue.api-key", "an-old-key-that-is-refused",
                        "elements.gmi-cloud.base-url",
                                vendor.configuration()
                                        .get("elements.gmi-cloud.base-url")
                                        .get()))
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(kit.time().clock())
                .sleeper(kit.time())
                .build()) {

            assertThat(elements.submit(kit.drafts().image("Detective Mara").build())
                            .isRight())
                    .isTrue();
        }
    }

    @Test
    void reads_the_key_from_gmi_api_key() {
        FalQueueSimulator vendor = kit.vendor(FalQueueSimulator.class);
        try (Elements elements = Elements.builder()
                .provider("gmi-cloud")
                .systemProperties(new Properties())
                .env(Map.of(
                        "GMI_API_KEY",
                        vendor.credential(),
                        "ELEMENTS_GMI_CLOUD_BASE_URL",
                        vendor.configuration()
                                .get("elements.gmi-cloud.base-url")
                                .get()))
                .clock(kit.time().clock())
                .sleeper(kit.time())
                .build()) {

            assertThat(elements.submit(kit.drafts().image("Detective Mara").build())
                            .isRight())
                    .isTrue();
            assertThat(vendor.count(Operation.CREATE)).isEqualTo(1);
        }
    }

    @Test
    void declares_what_the_queue_offers_and_nothing_more() {
        assertThat(metadata.id()).isEqualTo("gmi-cloud");
        assertThat(metadata.formerIds()).containsExactly("fal-queue");
        assertThat(metadata.displayName()).contains("GMI Cloud");
        assertThat(metadata.capabilities().toJavaSet())
                .containsExactlyInAnyOrder(
                        Capability.CREATE_IMAGE_ELEMENT,
                        Capability.CREATE_VIDEO_ELEMENT,
                        Capability.VOICE_BINDING,
                        Capability.TAGS_ON_CREATE,
                        Capability.CALLBACKS,
                        Capability.TASK_QUERY,
                        Capability.TAG_CATALOGUE);
        assertThat(metadata.ruleProfile().vendor()).isEqualTo("gmi-cloud");
        assertThat(metadata.ruleProfile().tags().maxTags()).isEqualTo(8);
        assertThat(metadata.ruleProfile().voice().allowedOn().toJavaSet()).containsExactly(ReferenceKind.VIDEO);
        assertThat(metadata.ruleProfile().inlineMedia()).isFalse();
        assertThat(metadata.defaultBaseUrl()).isEqualTo("https://console.gmicloud.ai/api/v1/ie/requestqueue/apikey");
        assertThat(metadata.promptSyntax()).isEqualTo(Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX));
    }

    @Test
    void declares_its_configuration_keys_with_gmis_env_names() {
        assertThat(metadata.configKeys().find(k -> k.name().equals("api-key")).get())
                .satisfies(k -> assertThat(k.secret()).isTrue())
                .satisfies(k -> assertThat(k.vendorEnvNames()).containsExactly("GMI_API_KEY"));
        assertThat(metadata.configKeys()
                        .find(k -> k.name().equals("organization-id"))
                        .get())
                .satisfies(k -> assertThat(k.secret()).isFalse())
                .satisfies(k -> assertThat(k.vendorEnvNames()).containsExactly("GMI_ORGANIZATION_ID"));
        assertThat(metadata.configKeys().map(ConfigKey::name))
                .contains("model", "base-url", "connect-timeout", "read-timeout", "max-retries");
    }

    @Test
    void refuses_to_start_without_a_key_and_says_every_way_to_set_one() {
        ProviderConfig noKey = ProviderConfig.builder("gmi-cloud").build();

        assertThatThrownBy(() -> new FalQueueElementsProvider().create(noKey))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("elements.gmi-cloud.api-key")
                .hasMessageContaining("ELEMENTS_GMI_CLOUD_API_KEY")
                .hasMessageContaining("GMI_API_KEY");
    }

    @Test
    void no_secret_shows_in_the_clients_or_configs_text() {
        String key = "gmi-test-key-Zq81xTT0pSECRET";
        ProviderConfig config = ProviderConfig.builder("gmi-cloud").apiKey(key).build();

        assertThat(new FalQueueElementsProvider().create(config).toString()).doesNotContain(key);
        assertThat(config.toString()).doesNotContain(key);
    }
}
