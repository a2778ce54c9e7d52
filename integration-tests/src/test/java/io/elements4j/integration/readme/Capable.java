package io.elements4j.integration.readme;

import io.elements4j.client.ElementsProviders;
import io.elements4j.domain.capability.Capability;
import io.vavr.control.Option;

/** What the provider with this id declares, looked up through the SPI as a host app would. */
record Capable(String providerId) {

    boolean lists() {
        return ElementsProviders.select(Option.some(providerId), Capable.class.getClassLoader())
                .metadata()
                .supports(Capability.LIST);
    }
}
