package io.elements4j.conformance.adapters;

import io.elements4j.adapter.useapi.UseapiElementsProvider;
import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.useapi.UseapiSimulator;

/** The useapi.net adapter keeps the whole contract against the useapi simulator. */
class UseapiConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new UseapiElementsProvider();
    }

    @Override
    protected VendorSimulator startSimulator() {
        return new UseapiSimulator();
    }

    /** useapi's element ids are {@code u_} and 15 digits. */
    @Override
    protected String missingElementId() {
        return "u_404404404404404";
    }
}
