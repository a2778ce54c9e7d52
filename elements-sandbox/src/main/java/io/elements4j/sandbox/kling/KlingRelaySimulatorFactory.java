package io.elements4j.sandbox.kling;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;
import java.util.function.Supplier;

/**
 * Starts a relay of Kling's element API ({@link KlingRelay}), played by Kling's simulator; each relay is a nested
 * factory registered for {@link java.util.ServiceLoader}.
 */
public abstract class KlingRelaySimulatorFactory implements VendorSimulatorFactory {

    private final Supplier<KlingRelay> relay;

    private KlingRelaySimulatorFactory(Supplier<KlingRelay> relay) {
        this.relay = relay;
    }

    @Override
    public String providerId() {
        return relay.get().providerId();
    }

    @Override
    public VendorSimulator start() {
        return new KlingSimulator(relay.get());
    }

    /** anyfast, a relay of Kling's element API. */
    public static final class Anyfast extends KlingRelaySimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Anyfast() {
            super(KlingRelay::anyfast);
        }
    }

    /** ezmodel, a new-api gateway relaying Kling's element API. */
    public static final class Ezmodel extends KlingRelaySimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Ezmodel() {
            super(KlingRelay::ezmodel);
        }
    }

    /** A relay of Kling's element API that the generic {@code kling-relay} provider reaches by base URL and prefix. */
    public static final class Generic extends KlingRelaySimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Generic() {
            super(KlingRelay::generic);
        }
    }
}
