package io.elements4j.sandbox;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.ServiceLoader;

/**
 * The entry point: start a vendor's simulator by provider id (every {@link VendorSimulatorFactory} on the class
 * path is offered), then read its base URL and a valid credential
 * (or its ready-made {@link VendorSimulator#configuration() configuration}), and reset it between tests.
 *
 * <pre>{@code
 * try (VendorSimulator kling = Sandboxes.start("kling-official")) {
 *     Elements elements = Elements.builder().provider("kling-official").config(kling.configuration().toJavaMap()).build();
 * }
 * }</pre>
 */
public final class Sandboxes {

    private static Map<String, VendorSimulatorFactory> factories() {
        Map<String, VendorSimulatorFactory> found = LinkedHashMap.empty();
        ClassLoader loader =
                Option.of(Thread.currentThread().getContextClassLoader()).getOrElse(Sandboxes.class.getClassLoader());
        for (VendorSimulatorFactory factory : ServiceLoader.load(VendorSimulatorFactory.class, loader)) {
            if (!found.containsKey(factory.providerId())) {
                found = found.put(factory.providerId(), factory);
            }
        }
        return found;
    }

    private Sandboxes() {}

    /**
     * The provider ids a simulator exists for.
     *
     * @return the provider ids a simulator exists for
     */
    public static Seq<String> ids() {
        return factories().keySet().toList();
    }

    /**
     * Starts the simulator of a provider on a free loopback port. A provider's former id (see
     * {@link VendorSimulatorFactory#formerProviderIds()}) starts the simulator of its current id.
     *
     * @throws IllegalArgumentException for an id no simulator exists for; the message lists the known ids
     * @param providerId the provider's id, such as {@code kling-official}
     */
    public static VendorSimulator start(String providerId) {
        Map<String, VendorSimulatorFactory> factories = factories();
        VendorSimulatorFactory factory = factories
                .get(providerId)
                .orElse(() -> factories.values().find(f -> f.formerProviderIds().contains(providerId)))
                .getOrElseThrow(() -> new IllegalArgumentException(
                        "no simulator for provider '" + providerId + "'; simulators exist for: "
                                + factories.keySet().toList().mkString(", ")));
        return Try.of(factory::start)
                .getOrElseThrow(e -> new IllegalStateException(
                        "the " + providerId + " simulator ("
                                + factory.getClass().getName() + ") could not start: " + e,
                        e));
    }
}
