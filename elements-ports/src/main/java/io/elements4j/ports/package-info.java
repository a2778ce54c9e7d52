/**
 * The entry point of the library: the {@link io.elements4j.ports.Elements} facade, and how a provider is chosen
 * from the class path.
 */
package io.elements4j.ports;
