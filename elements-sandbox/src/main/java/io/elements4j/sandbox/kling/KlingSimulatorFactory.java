package io.elements4j.sandbox.kling;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/** Starts the simulator of Kling's own API; registered for {@link java.util.ServiceLoader}. */
public final class KlingSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public KlingSimulatorFactory() {}

    @Override
    public String providerId() {
        return "kling-official";
    }

    @Override
    public VendorSimulator start() {
        return new KlingSimulator();
    }
}
