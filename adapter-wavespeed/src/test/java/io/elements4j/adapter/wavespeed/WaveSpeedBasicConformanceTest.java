package io.elements4j.adapter.wavespeed;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;

/** WaveSpeed's basic model (photos only, answering the bare element id) keeps the whole contract on its simulator. */
class WaveSpeedBasicConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new WaveSpeedBasicElementsProvider();
    }

    /** WaveSpeed's client, which this model shares, runs the full callback soak in WaveSpeedConformanceTest. */
    @Override
    protected int callbackSoakCreates() {
        return Integer.getInteger("elements.conformance.callback-creates", 300);
    }
}
