package io.elements4j.sandbox.evolink;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/** Starts the simulator of Evolink's kling-custom-element model; registered for {@link java.util.ServiceLoader}. */
public final class EvolinkSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public EvolinkSimulatorFactory() {}

    @Override
    public String providerId() {
        return "evolink";
    }

    @Override
    public VendorSimulator start() {
        return new EvolinkSimulator();
    }
}
