package io.elements4j.sandbox;

import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.vavr.collection.Seq;

/** The sandbox's simulators, offered to code that knows only the ports (the CLI's offline default). */
public final class SandboxOfflineVendors implements OfflineVendors {

    @Override
    public Seq<String> providerIds() {
        return Sandboxes.ids();
    }

    @Override
    public OfflineVendor start(String providerId) {
        return Sandboxes.start(providerId);
    }
}
