package io.elements4j.sandbox.queue;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/** Starts the simulator of GMI Cloud's request queue; registered for {@link java.util.ServiceLoader}. */
public final class FalQueueSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public FalQueueSimulatorFactory() {}

    @Override
    public String providerId() {
        return FalQueueSimulator.PROVIDER_ID;
    }

    @Override
    public VendorSimulator start() {
        return new FalQueueSimulator();
    }
}
