package io.elements4j.client.testproviders;

import io.elements4j.ports.spi.ProviderMetadata;

public class BetaTestProvider extends ClientlessProvider {

    @Override
    public ProviderMetadata metadata() {
        return TestProviders.metadata("beta");
    }
}
