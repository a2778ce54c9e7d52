package io.elements4j.sandbox.junit;

import io.elements4j.client.Elements;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualTime;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A framework that runs the sandbox of an {@link ElementsSandbox} test itself, so that the test's parameters are
 * the framework's own objects: the Spring Boot starter is one, whose test context starts the simulator and points
 * the auto-configured {@code Elements} bean at it. Found with {@link java.util.ServiceLoader}; a host that cannot
 * load (its framework is not on the class path) is skipped.
 */
public interface SandboxHost {

    /**
     * The sandbox this host runs for a test, if it runs one.
     *
     * @param context the test (or test class) being run
     * @return the host's sandbox, or empty when the test is not the host's
     */
    Optional<Hosted> sandboxFor(ExtensionContext context);

    /**
     * What a host runs for a test.
     *
     * @param simulator the simulator, reset by the extension before each test
     * @param time      the time the facade and the simulator share, or null on the real clock
     * @param elements  the facade pointed at the simulator; the host closes it
     */
    record Hosted(VendorSimulator simulator, VirtualTime time, Elements elements) {

        /**
         * Checks the parts.
         *
         * @param time      the shared time, or null
         * @param elements  the facade
         */
        public Hosted {
            Objects.requireNonNull(simulator, "simulator");
            Objects.requireNonNull(elements, "elements");
        }
    }
}
