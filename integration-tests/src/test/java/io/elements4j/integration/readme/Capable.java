package io.elements4j.integration.readme;

import io.elements4j.client.ElementsProviders;
import io.elements4j.domain.capability.Capability;

/** What the provider with this id declares, looked up through the SPI as a host app would. */
record Capable(String providerId) {

    boolean lists() {
        return ElementsProviders.select(io.vavr.control.Option.some(providerId), Capable.class.getClassLoader())
                .metadata().supports(Capability.LIST);
    }
}
