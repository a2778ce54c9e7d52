package io.elements4j.cli.fake;

import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** Starts {@link FakeVendor}s for the test providers, found like the sandbox through ServiceLoader. */
public final class FakeOfflineVendors implements OfflineVendors {

    @Override
    public Seq<String> providerIds() {
        return List.of(FullTestProvider.ID, LeanTestProvider.ID);
    }

    @Override
    public OfflineVendor start(String providerId) {
        if (!providerIds().contains(providerId)) {
            throw new IllegalArgumentException("no fake vendor for " + providerId);
        }
        return new FakeVendor(providerId);
    }
}
