package io.elements4j.conformance;

import io.elements4j.conformance.reference.InMemoryVendor;
import io.elements4j.conformance.reference.ReferenceProvider;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;

/** The in-memory reference provider keeps the whole contract. */
class ReferenceProviderConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new ReferenceProvider();
    }

    @Override
    protected VendorSimulator startSimulator() {
        return new InMemoryVendor("reference");
    }
}
