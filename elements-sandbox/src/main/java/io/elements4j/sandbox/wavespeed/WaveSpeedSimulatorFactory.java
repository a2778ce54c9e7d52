package io.elements4j.sandbox.wavespeed;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/** Starts the simulator of WaveSpeed's kling-elements-advanced model; registered for {@link java.util.ServiceLoader}. */
public final class WaveSpeedSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public WaveSpeedSimulatorFactory() {}

    @Override
    public String providerId() {
        return "wavespeed";
    }

    @Override
    public VendorSimulator start() {
        return new WaveSpeedSimulator();
    }
}
