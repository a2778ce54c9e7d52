package io.elements4j.conformance.adapters;

import io.elements4j.adapter.evolink.EvolinkElementsProvider;
import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.evolink.EvolinkSimulator;

/** The Evolink adapter keeps the contract, against the Evolink simulator. */
class EvolinkConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new EvolinkElementsProvider();
    }

    @Override
    protected VendorSimulator startSimulator() {
        return new EvolinkSimulator();
    }
}
