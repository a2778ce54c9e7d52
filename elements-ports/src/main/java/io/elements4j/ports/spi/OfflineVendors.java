package io.elements4j.ports.spi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ServiceLoader;

/**
 * Starts offline stand-ins for vendors; found through {@link ServiceLoader} so that code compiled against the ports
 * alone (the CLI) can use the sandbox when it is on the runtime class path.
 */
public interface OfflineVendors {

    /**
     * The provider ids this can stand in for.
     *
     * @return the provider ids this can stand in for
     */
    Seq<String> providerIds();

    /**
     * Starts a stand-in on a free loopback port.
     *
     * @param providerId the provider's id, such as {@code kling-official}
     */
    OfflineVendor start(String providerId);

    /**
     * The first implementation on the class path that can stand in for {@code providerId}, if any.
     *
     * @param loader the class loader to look in
     * @param providerId the provider's id, such as {@code kling-official}
     * @return the first implementation on the class path that can stand in for {@code providerId}, if any
     */
    static Option<OfflineVendors> forProvider(String providerId, ClassLoader loader) {
        return List.ofAll(ServiceLoader.load(OfflineVendors.class, loader))
                .find(vendors -> vendors.providerIds().contains(providerId));
    }
}
