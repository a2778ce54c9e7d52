package io.elements4j.examples.acme.simulator;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/** Offers {@link AcmeSimulator} to the sandbox, found through {@link java.util.ServiceLoader}. */
public final class AcmeSimulatorFactory implements VendorSimulatorFactory {

    /** For {@link java.util.ServiceLoader}. */
    public AcmeSimulatorFactory() {}

    @Override
    public String providerId() {
        return "acme-example";
    }

    @Override
    public VendorSimulator start() {
        return new AcmeSimulator();
    }
}
