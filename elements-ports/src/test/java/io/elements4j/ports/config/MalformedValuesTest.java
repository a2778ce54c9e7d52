package io.elements4j.ports.config;

import static io.elements4j.ports.config.ConfigFixtures.KLING;
import static io.elements4j.ports.config.ConfigFixtures.map;
import static io.elements4j.ports.config.ConfigFixtures.properties;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
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
        return ConfigResolver.of(map(), properties(), map(envName, value)).resolve(KLING).build();
    }
}
