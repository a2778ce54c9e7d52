package io.elements4j.adapter.evolink;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** The Evolink adapter keeps the contract, against the Evolink simulator. */
class EvolinkConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new EvolinkElementsProvider();
    }
}
