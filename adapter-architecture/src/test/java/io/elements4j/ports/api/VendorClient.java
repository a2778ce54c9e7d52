package io.elements4j.ports.api;

/**
 * A stand-in for the ports' {@code VendorClient}, under its real name: this module depends on no elements4j module,
 * and the placement rule recognises an adapter's client by this interface.
 */
public interface VendorClient {}
