package io.elements4j.client.testproviders;

import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderConfig;

/** The loader only reads metadata, so the test providers need not build a client. */
abstract class ClientlessProvider implements ElementsProvider {

    @Override
    public VendorClient create(ProviderConfig config) {
        throw new UnsupportedOperationException("a loader test provider builds no client");
    }
}
