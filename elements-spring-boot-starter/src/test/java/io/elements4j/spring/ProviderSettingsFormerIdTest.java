package io.elements4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.adapter.useapi.UseapiElementsProvider;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A renamed provider's settings under its former id, {@code elements.<former-id>.<key>}, are still read. */
class ProviderSettingsFormerIdTest {

    /** Useapi's provider, as if it had been published as {@code old-useapi} before. */
    private static final ElementsProvider RENAMED = new ElementsProvider() {
        private final ElementsProvider useapi = new UseapiElementsProvider();

        @Override
        public ProviderMetadata metadata() {
            return useapi.metadata().withFormerId("old-useapi");
        }

        @Override
        public VendorClient create(ProviderConfig config) {
            return useapi.create(config);
        }
    };

    @Test
    void a_key_set_only_under_the_former_id_is_read_as_the_current_ids() {
        MockEnvironment environment = new MockEnvironment().withProperty("elements.old-useapi.api-key", "old-key");

        assertThat(ProviderSettings.read(RENAMED, new ElementsProperties(), environment))
                .containsEntry("elements.useapi.api-key", "old-key");
    }

    @Test
    void the_current_id_wins_over_the_former_one() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("elements.old-useapi.api-key", "old-key")
                .withProperty("elements.useapi.api-key", "new-key");

        assertThat(ProviderSettings.read(RENAMED, new ElementsProperties(), environment))
                .containsEntry("elements.useapi.api-key", "new-key")
                .hasSize(1);
    }
}
