package io.elements4j.adapter.kling;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** ezmodel, a new-api gateway passing Kling's element API through, keeps the contract against its simulator. */
class EzmodelConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new EzmodelElementsProvider();
    }

    /** Kling's client, which this relay shares, runs the full soak in KlingOfficialConformanceTest. */
    @Override
    protected int faultSoakCreates() {
        return Integer.getInteger("elements.conformance.fault-creates", 100);
    }

    /** Kling's client, which this relay shares, runs the full soak in KlingOfficialConformanceTest. */
    @Override
    protected int callbackSoakCreates() {
        return Integer.getInteger("elements.conformance.callback-creates", 300);
    }
}
