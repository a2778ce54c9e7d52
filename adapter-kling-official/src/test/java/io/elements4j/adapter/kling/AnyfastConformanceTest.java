package io.elements4j.adapter.kling;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** anyfast, a relay of Kling's element API (its own create answer, photos with tags only), keeps the contract against its simulator. */
class AnyfastConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new AnyfastElementsProvider();
    }

    /** Kling's client, which this relay shares, runs the full soak in KlingOfficialConformanceTest. */
    @Override
    protected int faultSoakCreates() {
        return Integer.getInteger("elements.conformance.fault-creates", 100);
    }
}
