package io.elements4j.sandbox.queue;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** Starts the simulator of GMI Cloud's request queue; registered for {@link java.util.ServiceLoader}. */
public final class FalQueueSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public FalQueueSimulatorFactory() {}

    @Override
    public String providerId() {
        return FalQueueSimulator.PROVIDER_ID;
    }

    @Override
    public Seq<String> formerProviderIds() {
        return List.of(FalQueueSimulator.FORMER_PROVIDER_ID);
    }

    @Override
    public VendorSimulator start() {
        return new FalQueueSimulator();
    }
}
