package io.elements4j.conformance.adapters;

import io.elements4j.adapter.kling.KlingOfficialElementsProvider;
import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.kling.KlingSimulator;

/** Kling's own API, against its simulator. */
class KlingOfficialConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new KlingOfficialElementsProvider();
    }

    @Override
    protected VendorSimulator startSimulator() {
        return new KlingSimulator();
    }
}
