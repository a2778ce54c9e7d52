/**
 * The provider SPI: what an adapter registers with {@link java.util.ServiceLoader} ({@link
 * io.elements4j.ports.spi.ElementsProvider}), its metadata and configuration keys, masked secrets, and the offline
 * simulators a provider can be tried against.
 */
package io.elements4j.ports.spi;
