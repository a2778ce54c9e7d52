package io.elements4j.client.testproviders;

import io.elements4j.ports.spi.ProviderMetadata;

/** A second provider claiming the id "alpha". */
public class DuplicateAlphaProvider extends ClientlessProvider {

    @Override
    public ProviderMetadata metadata() {
        return TestProviders.metadata("alpha");
    }
}
