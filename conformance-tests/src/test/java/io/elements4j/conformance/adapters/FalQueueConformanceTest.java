package io.elements4j.conformance.adapters;

import io.elements4j.adapter.falqueue.FalQueueElementsProvider;
import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.queue.RequestQueueSimulator;

/** The fal-queue provider (GMI Cloud's request queue, GMI Cloud's queue guide) against its simulator. */
class FalQueueConformanceTest extends ElementsConformanceSuite {

    @Override
    protected ElementsProvider provider() {
        return new FalQueueElementsProvider();
    }

    @Override
    protected VendorSimulator startSimulator() {
        return new RequestQueueSimulator();
    }
}
