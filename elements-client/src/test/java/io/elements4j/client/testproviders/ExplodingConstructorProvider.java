package io.elements4j.client.testproviders;

import io.elements4j.ports.spi.ProviderMetadata;

public class ExplodingConstructorProvider extends ClientlessProvider {

    public ExplodingConstructorProvider() {
        throw new IllegalStateException("exploding constructor: the vendor SDK is misconfigured");
    }

    @Override
    public ProviderMetadata metadata() {
        return TestProviders.metadata("exploding-constructor");
    }
}
