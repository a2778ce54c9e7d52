package io.elements4j.adapter.falqueue;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** The gmi-cloud provider (GMI Cloud's request queue) keeps the contract, against its simulator. */
class FalQueueConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new FalQueueElementsProvider();
    }
}
