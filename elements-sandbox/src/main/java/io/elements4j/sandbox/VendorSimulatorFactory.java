package io.elements4j.sandbox;

/**
 * Starts one vendor's simulator; found through {@link java.util.ServiceLoader}, like providers, so a simulator in
 * any jar on the class path is offered by {@link Sandboxes}, the CLI's offline mode and the JUnit extension without
 * an edit anywhere else. Register an implementation (public, with a public no-arg constructor) in
 * {@code META-INF/services/io.elements4j.sandbox.VendorSimulatorFactory}.
 */
public interface VendorSimulatorFactory {

    /**
     * The provider id the simulator stands in for, the same as its provider's metadata id.
     *
     * @return the id, such as {@code kling-official}
     */
    String providerId();

    /**
     * Ids the provider was published under before (its metadata's former ids): {@link Sandboxes#start(String)}
     * starts this simulator for them too.
     *
     * @return the former ids; none by default
     */
    default io.vavr.collection.Seq<String> formerProviderIds() {
        return io.vavr.collection.List.empty();
    }

    /**
     * Starts a new simulator on a free loopback port.
     *
     * @return the running simulator; the caller closes it
     */
    VendorSimulator start();
}
