package io.elements4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RequestedIdTest {

    @Test
    void the_system_property_wins_over_the_env() {
        assertThat(ElementsProviders.requestedId(properties("useapi"), Map.of("ELEMENTS_PROVIDER", "evolink")))
                .containsExactly("useapi");
    }

    @Test
    void the_env_is_used_when_the_system_property_is_unset() {
        assertThat(ElementsProviders.requestedId(new Properties(), Map.of("ELEMENTS_PROVIDER", "evolink")))
                .containsExactly("evolink");
    }

    @Test
    void a_blank_system_property_counts_as_unset() {
        assertThat(ElementsProviders.requestedId(properties("  "), Map.of("ELEMENTS_PROVIDER", "evolink")))
                .containsExactly("evolink");
    }

    @Test
    void nothing_is_requested_when_both_are_unset_or_blank() {
        assertThat(ElementsProviders.requestedId(new Properties(), Map.of())).isEmpty();
        assertThat(ElementsProviders.requestedId(properties(""), Map.of("ELEMENTS_PROVIDER", " ")))
                .isEmpty();
    }

    @Test
    void surrounding_whitespace_is_not_part_of_the_id() {
        assertThat(ElementsProviders.requestedId(properties(" fal-queue\n"), Map.of()))
                .containsExactly("fal-queue");
    }

    private static Properties properties(String provider) {
        Properties properties = new Properties();
        properties.setProperty(ElementsProviders.PROVIDER_PROPERTY, provider);
        return properties;
    }
}
