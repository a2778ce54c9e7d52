package io.elements4j.sandbox.wavespeed;

import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.VendorSimulatorFactory;

/**
 * Starts the simulator of one of WaveSpeed's element models ({@link WaveSpeedSimulator.Model}): this class the
 * advanced one, {@link Basic} the basic one; both registered for {@link java.util.ServiceLoader}.
 */
public class WaveSpeedSimulatorFactory implements VendorSimulatorFactory {

    private final WaveSpeedSimulator.Model model;

    /** For {@link java.util.ServiceLoader}: the advanced model. */
    public WaveSpeedSimulatorFactory() {
        this(WaveSpeedSimulator.Model.ADVANCED);
    }

    private WaveSpeedSimulatorFactory(WaveSpeedSimulator.Model model) {
        this.model = model;
    }

    @Override
    public String providerId() {
        return model.providerId();
    }

    @Override
    public VendorSimulator start() {
        return new WaveSpeedSimulator(model);
    }

    /** WaveSpeed's basic model, {@code kwaivgi/kling-elements}. */
    public static final class Basic extends WaveSpeedSimulatorFactory {
        /** For {@link java.util.ServiceLoader}. */
        public Basic() {
            super(WaveSpeedSimulator.Model.BASIC);
        }
    }
}
