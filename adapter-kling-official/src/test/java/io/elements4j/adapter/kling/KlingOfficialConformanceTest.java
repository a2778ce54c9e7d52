package io.elements4j.adapter.kling;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** Kling's own API keeps the whole contract, against its simulator. */
class KlingOfficialConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new KlingOfficialElementsProvider();
    }
}
