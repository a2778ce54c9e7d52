package io.elements4j.sandbox;

import io.elements4j.sandbox.evolink.EvolinkSimulator;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import io.elements4j.sandbox.useapi.UseapiSimulator;

/** The factories of the four simulators this module ships, registered for {@link java.util.ServiceLoader}. */
public final class BuiltInSimulators {

    private BuiltInSimulators() {
    }

    /** Kling's own API. */
    public static final class Kling implements VendorSimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Kling() {
        }

        @Override
        public String providerId() {
            return "kling-official";
        }

        @Override
        public VendorSimulator start() {
            return new KlingSimulator();
        }
    }

    /** useapi.net. */
    public static final class Useapi implements VendorSimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Useapi() {
        }

        @Override
        public String providerId() {
            return "useapi";
        }

        @Override
        public VendorSimulator start() {
            return new UseapiSimulator();
        }
    }

    /** Evolink. */
    public static final class Evolink implements VendorSimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Evolink() {
        }

        @Override
        public String providerId() {
            return "evolink";
        }

        @Override
        public VendorSimulator start() {
            return new EvolinkSimulator();
        }
    }

    /** GMI Cloud's request queue. */
    public static final class FalQueue implements VendorSimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public FalQueue() {
        }

        @Override
        public String providerId() {
            return "fal-queue";
        }

        @Override
        public VendorSimulator start() {
            return new FalQueueSimulator();
        }
    }
}
