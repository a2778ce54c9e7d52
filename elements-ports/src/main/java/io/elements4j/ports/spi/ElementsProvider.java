package io.elements4j.ports.spi;

import io.elements4j.ports.api.VendorClient;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * A vendor's entry point, found through {@link java.util.ServiceLoader}: a public class with a public no-arg
 * constructor, listed in {@code META-INF/services/io.elements4j.ports.spi.ElementsProvider}.
 */
public interface ElementsProvider {

    /**
     * What this provider is; cheap, and must not touch the network.
     *
     * @return what this provider is; cheap, and must not touch the network
     */
    ProviderMetadata metadata();

    /**
     * Builds a client.
     *
     * @throws ProviderConfigurationException when a credential is missing or a value is malformed
     */
    VendorClient create(ProviderConfig config);

    /**
     * This provider's own defaults for common keys, by key name ({@code read-timeout}, {@code call-timeout}): used
     * where the configuration sets no value, by the facade as well as by the client. A vendor whose creates are slow
     * and synchronous, say, waits longer than the library's defaults.
     *
     * @return key name → value, as a user would write it; empty by default
     */
    default Map<String, String> defaults() {
        return LinkedHashMap.empty();
    }

    /**
     * Whether this provider is used only when named by its id, and never as "the only provider on the class path":
     * for a variant that ships in the jar of the provider it varies (the relays of a vendor's API beside the vendor's
     * own provider), so that jar alone still selects its main provider without a name.
     *
     * @return true for a provider that must be named; false by default
     */
    default boolean chosenOnlyByName() {
        return false;
    }

    /**
     * Sets up ahead of time what a first call would, as far as it depends on no configuration: the readers of the
     * vendor's answers, for one. A short-lived process (a command line, a function started per request) can run it
     * on a spare thread while it reads its arguments, and its first call then starts sooner; a long-lived one gains
     * nothing from it. It sends nothing, reads no setting and no credential, may run on any thread and more than once,
     * and never throws: a problem it meets is left for the first call to report. By default it does nothing.
     */
    default void prepare() {}
}
