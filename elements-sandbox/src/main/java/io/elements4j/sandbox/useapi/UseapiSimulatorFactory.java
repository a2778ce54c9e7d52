package io.elements4j.sandbox.useapi;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/** Starts the simulator of useapi.net's Kling API; registered for {@link java.util.ServiceLoader}. */
public final class UseapiSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public UseapiSimulatorFactory() {}

    @Override
    public String providerId() {
        return "useapi";
    }

    @Override
    public VendorSimulator start() {
        return new UseapiSimulator();
    }
}
