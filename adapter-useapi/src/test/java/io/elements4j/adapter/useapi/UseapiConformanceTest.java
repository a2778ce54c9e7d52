package io.elements4j.adapter.useapi;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** The useapi.net adapter keeps the whole contract against the useapi simulator. */
class UseapiConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new UseapiElementsProvider();
    }

    /** useapi's element ids are {@code u_} and 15 digits. */
    @Override
    protected String missingElementId() {
        return "u_404404404404404";
    }
}
