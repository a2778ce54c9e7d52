package io.elements4j.adapter.wavespeed;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** The WaveSpeed provider keeps the whole contract against its simulator, signed webhooks included. */
class WaveSpeedConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new WaveSpeedElementsProvider();
    }
}
