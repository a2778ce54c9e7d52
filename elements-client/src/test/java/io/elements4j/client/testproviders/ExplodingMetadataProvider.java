package io.elements4j.client.testproviders;

import io.elements4j.ports.spi.ProviderMetadata;

public class ExplodingMetadataProvider extends ClientlessProvider {

    @Override
    public ProviderMetadata metadata() {
        throw new IllegalArgumentException("exploding metadata: no rule profile");
    }
}
