package io.elements4j.adapter.kling;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** The generic relay of Kling's element API (base URL and path prefix) keeps the contract against its simulator. */
class KlingRelayConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new KlingRelayElementsProvider();
    }

    /** Kling's client, which this relay shares, runs the full soak in KlingOfficialConformanceTest. */
    @Override
    protected int faultSoakCreates() {
        return Integer.getInteger("elements.conformance.fault-creates", 100);
    }
}
