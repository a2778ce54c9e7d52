package io.elements4j.ports.api;

/**
 * One vendor's implementation of all three ports, built by an {@code ElementsProvider}.
 * A client implements only what its vendor offers: the ports' defaults answer {@code Left(Unsupported)}. It sends
 * what it is given — checking a draft against the vendor's rules and an operation against the provider's
 * capabilities is the {@code Elements} facade's job, done once, before the client is called.
 */
public interface VendorClient
        extends ElementCreationPort, ElementQueryPort, ElementDeletionPort, ElementCallbackPort, AutoCloseable {

    /** Releases connections; further calls are not allowed. */
    @Override
    default void close() {}
}
