package io.elements4j.ports.spi;

import io.elements4j.ports.api.ElementsClient;

/**
 * A vendor's entry point, found through {@link java.util.ServiceLoader}: a public class with a public no-arg
 * constructor, listed in {@code META-INF/services/io.elements4j.ports.spi.ElementsProvider}.
 */
public interface ElementsProvider {

    /**
     * What this provider is; cheap, and must not touch the network.
     *
     * @return what this provider is; cheap, and must not touch the network
     */
    ProviderMetadata metadata();

    /**
     * Builds a client.
     *
     * @throws ProviderConfigurationException when a credential is missing or a value is malformed
     * @param config the config
     * @return the create
     */
    ElementsClient create(ProviderConfig config);
}
