package io.elements4j.client.testproviders;

import io.elements4j.ports.spi.ProviderMetadata;

public class NoNoArgConstructorProvider extends ClientlessProvider {

    private final String id;

    public NoNoArgConstructorProvider(String id) {
        this.id = id;
    }

    @Override
    public ProviderMetadata metadata() {
        return TestProviders.metadata(id);
    }
}
