package io.elements4j.client.config;

import static io.elements4j.client.config.ConfigFixtures.API_KEY_ENV;
import static io.elements4j.client.config.ConfigFixtures.API_KEY_PROPERTY;
import static io.elements4j.client.config.ConfigFixtures.KLING;
import static io.elements4j.client.config.ConfigFixtures.map;
import static io.elements4j.client.config.ConfigFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.Secret;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigResolverPrecedenceTest {

    @Test
    void an_explicit_value_wins_over_a_system_property() {
        assertThat(apiKey(map(API_KEY_PROPERTY, "explicit"), properties(API_KEY_PROPERTY, "property"), map()))
                .isEqualTo("explicit");
    }

    @Test
    void an_explicit_value_wins_over_the_elements_env() {
        assertThat(apiKey(map(API_KEY_PROPERTY, "explicit"), properties(), map(API_KEY_ENV, "env")))
                .isEqualTo("explicit");
    }

    @Test
    void an_explicit_value_wins_over_the_vendor_env() {
        assertThat(apiKey(map(API_KEY_PROPERTY, "explicit"), properties(), map("KLING_API_KEY", "vendor")))
                .isEqualTo("explicit");
    }

    @Test
    void a_system_property_wins_over_the_elements_env() {
        assertThat(apiKey(map(), properties(API_KEY_PROPERTY, "property"), map(API_KEY_ENV, "env")))
                .isEqualTo("property");
    }

    @Test
    void a_system_property_wins_over_the_vendor_env() {
        assertThat(apiKey(map(), properties(API_KEY_PROPERTY, "property"), map("KLING_API_KEY", "vendor")))
                .isEqualTo("property");
    }

    @Test
    void the_elements_env_wins_over_the_vendor_env() {
        assertThat(apiKey(map(), properties(), map(API_KEY_ENV, "env", "KLING_API_KEY", "vendor")))
                .isEqualTo("env");
    }

    @Test
    void falls_back_to_the_vendors_usual_env_name() {
        assertThat(apiKey(map(), properties(), map("KLING_API_KEY", "vendor"))).isEqualTo("vendor");
    }

    @Test
    void the_vendor_env_names_are_tried_in_the_order_the_key_lists_them() {
        assertThat(apiKey(map(), properties(), map("KLING_TOKEN", "second", "KLING_API_KEY", "first")))
                .isEqualTo("first");
        assertThat(apiKey(map(), properties(), map("KLING_TOKEN", "second"))).isEqualTo("second");
    }

    @Test
    void a_blank_value_at_any_level_counts_as_unset() {
        assertThat(apiKey(
                        map(API_KEY_PROPERTY, " "),
                        properties(API_KEY_PROPERTY, ""),
                        map(API_KEY_ENV, "\t", "KLING_API_KEY", "", "KLING_TOKEN", "last")))
                .isEqualTo("last");
    }

    @Test
    void an_unset_key_is_left_out_so_the_provider_default_applies() {
        ProviderConfig config =
                ConfigResolver.of(map(), properties(), map()).resolve(KLING).build();

        assertThat(config.secret("api-key")).isEmpty();
        assertThat(config.maxRetries()).isEqualTo(ProviderConfig.DEFAULT_MAX_RETRIES);
        assertThat(config.baseUrl(KLING.defaultBaseUrl())).isEqualTo("https://kling.invalid");
    }

    @Test
    void values_are_trimmed() {
        assertThat(apiKey(map(), properties(), map("KLING_API_KEY", " sk-123\n")))
                .isEqualTo("sk-123");
    }

    @Test
    void reads_the_standard_keys_even_when_the_provider_does_not_declare_them() {
        ProviderConfig config = ConfigResolver.of(
                        map(),
                        properties("elements.kling-test.base-url", "http://localhost:8080/"),
                        map(
                                "ELEMENTS_KLING_TEST_MAX_RETRIES",
                                "5",
                                "ELEMENTS_KLING_TEST_READ_TIMEOUT",
                                "PT2M",
                                "ELEMENTS_KLING_TEST_CONNECT_TIMEOUT",
                                "3"))
                .resolve(KLING)
                .build();

        assertThat(config.baseUrl(KLING.defaultBaseUrl())).isEqualTo("http://localhost:8080");
        assertThat(config.maxRetries()).isEqualTo(5);
        assertThat(config.readTimeout()).hasMinutes(2);
        assertThat(config.connectTimeout()).hasSeconds(3);
    }

    @Test
    void reads_a_provider_specific_plain_key_as_a_value() {
        ProviderConfig config = ConfigResolver.of(map(), properties(), map("KLING_REGION", "sg"))
                .resolve(KLING)
                .build();

        assertThat(config.get("region")).containsExactly("sg");
        assertThat(config.secret("region")).isEmpty();
    }

    @Test
    void takes_a_snapshot_so_later_changes_to_the_sources_are_not_seen() {
        Properties properties = properties(API_KEY_PROPERTY, "before");
        ConfigResolver resolver = ConfigResolver.of(map(), properties, map());
        properties.setProperty(API_KEY_PROPERTY, "after");

        assertThat(resolver.resolve(KLING).build().secret("api-key").map(Secret::reveal))
                .containsExactly("before");
    }

    private static String apiKey(Map<String, String> explicit, Properties properties, Map<String, String> env) {
        ProviderConfig config =
                ConfigResolver.of(explicit, properties, env).resolve(KLING).build();
        return config.secret("api-key").map(Secret::reveal).getOrElseThrow(() -> new AssertionError("api-key unset"));
    }
}
