package io.elements4j.client.testproviders;

import io.elements4j.ports.spi.ProviderMetadata;

/** Fails as an adapter does when its own dependencies (Feign, Jackson) are missing from the class path. */
public class MissingDependencyProvider extends ClientlessProvider {

    public MissingDependencyProvider() {
        throw new NoClassDefFoundError("feign/Client");
    }

    @Override
    public ProviderMetadata metadata() {
        return TestProviders.metadata("missing-dependency");
    }
}
