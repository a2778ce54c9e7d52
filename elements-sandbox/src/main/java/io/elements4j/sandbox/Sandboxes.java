package io.elements4j.sandbox;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.function.Supplier;

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

    private static final Map<String, Supplier<VendorSimulator>> SIMULATORS = LinkedHashMap.empty();

    private Sandboxes() {
    }

    /** The provider ids a simulator exists for. */
    public static Seq<String> ids() {
        return SIMULATORS.keySet().toList();
    }

    /**
     * Starts the simulator of a provider on a free loopback port.
     *
     * @throws IllegalArgumentException for an id no simulator exists for; the message lists the known ids
     */
    public static VendorSimulator start(String providerId) {
        return SIMULATORS.get(providerId).getOrElseThrow(() -> new IllegalArgumentException(
                "no simulator for provider '" + providerId + "'; simulators exist for: " + ids().mkString(", ")))
                .get();
    }
}
