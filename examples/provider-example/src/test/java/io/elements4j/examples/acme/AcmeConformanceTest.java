package io.elements4j.examples.acme;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/**
 * The Acme Elements provider keeps the whole contract against its simulator, which the suite finds through the
 * {@code AcmeSimulatorFactory} registered for the provider's id.
 */
class AcmeConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new AcmeElementsProvider();
    }
}
