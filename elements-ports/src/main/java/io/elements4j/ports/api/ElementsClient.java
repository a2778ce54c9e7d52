package io.elements4j.ports.api;

/**
 * One vendor's implementation of all three ports, built by an {@link io.elements4j.ports.spi.ElementsProvider}.
 * An operation the vendor lacks answers {@code Left(Unsupported)}.
 */
public interface ElementsClient extends ElementCreationPort, ElementQueryPort, ElementDeletionPort, AutoCloseable {

    /** Releases connections; further calls are not allowed. */
    @Override
    default void close() {
    }
}
