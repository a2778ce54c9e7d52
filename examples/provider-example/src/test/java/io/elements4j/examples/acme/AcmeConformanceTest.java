package io.elements4j.examples.acme;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.examples.acme.simulator.AcmeSimulator;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;

/** The Acme Elements provider keeps the whole contract against its simulator. */
class AcmeConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new AcmeElementsProvider();
    }

    @Override
    protected VendorSimulator startSimulator() {
        return new AcmeSimulator();
    }
}
