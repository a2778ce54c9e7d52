/**
 * Watching what the library does: the {@link io.elements4j.ports.observe.ElementsListener} SPI, the events it is
 * told of, and the debug view of a vendor's raw answer ({@link io.elements4j.ports.observe.RawResponse}).
 */
package io.elements4j.ports.observe;
