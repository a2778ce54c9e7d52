package io.elements4j.spring.test;

import io.elements4j.client.ElementsBuilder;
import io.elements4j.ports.time.Sleeper;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Where a test context points the auto-configured {@code Elements}: registered by {@code @ElementsSandbox} on a
 * Spring test, it names the simulated provider, the simulator's keys and the time the two share. While it is
 * present the {@code elements.*} provider keys (and any {@code ${…}} in them) are not read, so a test's
 * {@code application.yml} may hold the real app's settings and the test still never reaches a vendor.
 */
public final class SandboxedElements {

    private final String providerId;
    private final Map<String, String> config;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * A target.
     *
     * @param providerId the simulated provider
     * @param config     the simulator's keys, as full names ({@code elements.<provider>.<key>})
     * @param clock      the shared clock, or null for the real one
     * @param sleeper    the shared sleeper, or null for real sleeps
     */
    public SandboxedElements(String providerId, Map<String, String> config, Clock clock, Sleeper sleeper) {
        this.providerId = Objects.requireNonNull(providerId, "providerId");
        this.config = Map.copyOf(config);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * The simulated provider's id.
     *
     * @return the id, such as {@code useapi}
     */
    public String providerId() {
        return providerId;
    }

    /**
     * The simulator's base URL and credentials, as full key names.
     *
     * @return key name to value
     */
    public Map<String, String> config() {
        return config;
    }

    /**
     * Puts the shared time on a builder, when the test runs on virtual time.
     *
     * @param builder the builder of the auto-configured facade
     */
    public void applyTime(ElementsBuilder builder) {
        if (clock != null) {
            builder.clock(clock);
        }
        if (sleeper != null) {
            builder.sleeper(sleeper);
        }
    }

    @Override
    public String toString() {
        // Never the keys: they hold the simulator's credential.
        return "SandboxedElements[" + providerId + "]";
    }
}
