package io.elements4j.client.config;

import static io.elements4j.client.config.ConfigFixtures.KLING;
import static io.elements4j.client.config.ConfigFixtures.map;
import static io.elements4j.client.config.ConfigFixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"soon", "30s", "PT", "-5", "99999999999999999999"})
    void a_malformed_connect_timeout_fails_naming_the_key(String value) {
        ProviderConfig config = resolved("ELEMENTS_KLING_TEST_CONNECT_TIMEOUT", value);

        assertThatThrownBy(config::connectTimeout)
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("kling-test")
                .hasMessageContaining("connect-timeout")
                .hasMessageContaining("'" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a minute", "1.5", "0", "-PT5S", "PT0S"})
    void a_malformed_or_non_positive_read_timeout_fails_naming_the_key(String value) {
        ProviderConfig config = resolved("ELEMENTS_KLING_TEST_READ_TIMEOUT", value);

        assertThatThrownBy(config::readTimeout)
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("read-timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two", "-1", "2.5", "99999999999"})
    void a_malformed_max_retries_fails_naming_the_key(String value) {
        ProviderConfig config = resolved("ELEMENTS_KLING_TEST_MAX_RETRIES", value);

        assertThatThrownBy(config::maxRetries)
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("max-retries")
                .hasMessageContaining("'" + value + "'");
    }

    private static ProviderConfig resolved(String envName, String value) {
        return ConfigResolver.of(map(), properties(), map(envName, value))
                .resolve(KLING)
                .build();
    }

    @Test
    void the_call_timeout_defaults_to_two_minutes_and_is_read_like_the_other_durations() {
        assertThat(ConfigResolver.of(map(), properties(), map())
                        .resolve(KLING)
                        .build()
                        .callTimeout())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(resolved("ELEMENTS_KLING_TEST_CALL_TIMEOUT", "PT10S").callTimeout())
                .isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() ->
                        resolved("ELEMENTS_KLING_TEST_CALL_TIMEOUT", "soon").callTimeout())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("call-timeout");
    }

    @Test
    void a_value_that_is_the_api_key_is_never_echoed() {
        String key = "sk-live-0123456789abcdef";
        ProviderConfig config = ConfigResolver.of(
                        map(),
                        properties(),
                        map("ELEMENTS_KLING_TEST_API_KEY", key, "ELEMENTS_KLING_TEST_MAX_RETRIES", key))
                .resolve(KLING)
                .build();

        assertThatThrownBy(config::maxRetries)
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("max-retries")
                .hasMessageNotContaining(key)
                .hasMessageContaining("****");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:hunter2@api.example.com", "http://hunter2@127.0.0.1:8080/v1"})
    void a_base_url_with_user_info_is_refused_before_anything_is_sent_without_repeating_it(String url) {
        ProviderConfig config = resolved("ELEMENTS_KLING_TEST_BASE_URL", url);

        assertThatThrownBy(() -> config.baseUrl("https://default.example.com"))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("base-url")
                .hasMessageContaining("user info")
                .hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/v1", "http:///nohost", "/v1/kling"})
    void a_base_url_that_is_not_absolute_with_a_host_is_refused(String url) {
        ProviderConfig config = resolved("ELEMENTS_KLING_TEST_BASE_URL", url);

        assertThatThrownBy(() -> config.baseUrl("https://default.example.com"))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("base-url");
    }
}
