package io.elements4j.ports.spi;

import io.vavr.collection.Map;

/**
 * A stand-in for a vendor that runs on this machine (elements4j-sandbox provides one per provider), so the CLI and
 * host apps' tests can work without an account. Closing it stops it.
 */
public interface OfflineVendor extends AutoCloseable {

    /**
     * The provider id it stands in for.
     *
     * @return the provider id it stands in for
     */
    String providerId();

    /**
     * Where it listens, on loopback.
     *
     * @return where it listens, on loopback
     */
    String baseUrl();

    /**
     * Configuration that points the provider at it, as full property names ({@code elements.<id>.base-url}, …).
     *
     * @return configuration that points the provider at it, as full property names ({@code elements.<id>.base-url}, …)
     */
    Map<String, String> configuration();

    @Override
    void close();
}
