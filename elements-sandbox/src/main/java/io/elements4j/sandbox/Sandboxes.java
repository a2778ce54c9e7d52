package io.elements4j.sandbox;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Try;

/**
 * The entry point: start a vendor's simulator by provider id, then read its base URL and a valid credential
 * (or its ready-made {@link VendorSimulator#configuration() configuration}), and reset it between tests.
 *
 * <pre>{@code
 * try (VendorSimulator kling = Sandboxes.start("kling-official")) {
 *     Elements elements = Elements.builder().provider("kling-official").config(kling.configuration().toJavaMap()).build();
 * }
 * }</pre>
 */
public final class Sandboxes {

    /** Provider id → simulator class (public, with a public no-arg constructor that starts it). */
    private static final Map<String, String> SIMULATORS = LinkedHashMap.of(
            "kling-official", "io.elements4j.sandbox.kling.KlingSimulator",
            "useapi", "io.elements4j.sandbox.useapi.UseapiSimulator",
            "evolink", "io.elements4j.sandbox.evolink.EvolinkSimulator",
            "fal-queue", "io.elements4j.sandbox.queue.RequestQueueSimulator");

    private Sandboxes() {
    }

    /**
     * The provider ids a simulator exists for.
     *
     * @return the provider ids a simulator exists for
     */
    public static Seq<String> ids() {
        return SIMULATORS.keySet().toList();
    }

    /**
     * Starts the simulator of a provider on a free loopback port.
     *
     * @throws IllegalArgumentException for an id no simulator exists for; the message lists the known ids
     * @param providerId the provider's id, such as {@code kling-official}
     * @return the start
     */
    public static VendorSimulator start(String providerId) {
        String className = SIMULATORS.get(providerId).getOrElseThrow(() -> new IllegalArgumentException(
                "no simulator for provider '" + providerId + "'; simulators exist for: " + ids().mkString(", ")));
        return Try.of(() -> (VendorSimulator) Class.forName(className).getConstructor().newInstance())
                .getOrElseThrow(e -> new IllegalStateException("the " + providerId + " simulator (" + className
                        + ") could not start: " + e, e));
    }
}
