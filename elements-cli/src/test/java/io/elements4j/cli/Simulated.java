package io.elements4j.cli;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.domain.capability.Capability;
import io.elements4j.ports.spi.OfflineVendor;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.Seq;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The providers the tests run against: every one on the test class path that also has an offline vendor — the real
 * adapters with their sandbox simulators as they land, and the in-memory test providers meanwhile.
 */
final class Simulated {

    private Simulated() {}

    static Seq<ProviderMetadata> providers() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ElementsProviders.available(loader)
                .flatMap(FoundProvider::provider)
                .map(p -> p.metadata())
                .filter(p -> OfflineVendors.forProvider(p.id(), loader).isDefined());
    }

    /** The ids, as JUnit arguments. */
    static Stream<String> ids() {
        return providers().map(ProviderMetadata::id).toJavaStream();
    }

    /**
     * The ids of those that can (or cannot) do something, so a test meant for some providers runs only on them
     * rather than being skipped on the others.
     */
    static Stream<String> ids(Predicate<ProviderMetadata> which) {
        return providers().filter(which).map(ProviderMetadata::id).toJavaStream();
    }

    static Stream<String> listing() {
        return ids(p -> p.supports(Capability.LIST));
    }

    static Stream<String> notListing() {
        return ids(p -> !p.supports(Capability.LIST));
    }

    static Stream<String> finding() {
        return ids(p -> p.supports(Capability.FIND));
    }

    static Stream<String> findingAndDeleting() {
        return ids(p -> p.supports(Capability.FIND) && p.supports(Capability.DELETE));
    }

    static Stream<String> withTagCatalogue() {
        return ids(p -> p.supports(Capability.TAG_CATALOGUE));
    }

    static ProviderMetadata metadata(String id) {
        return providers()
                .find(p -> p.id().equals(id))
                .getOrElseThrow(() -> new IllegalArgumentException("no simulated provider " + id));
    }

    static boolean has(String id) {
        return providers().exists(p -> p.id().equals(id));
    }

    static OfflineVendor start(ProviderMetadata provider) {
        return OfflineVendors.forProvider(provider.id(), Thread.currentThread().getContextClassLoader())
                .get()
                .start(provider.id());
    }
}
