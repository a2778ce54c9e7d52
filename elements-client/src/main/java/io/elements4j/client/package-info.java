/**
 * The entry point of the library: the {@link io.elements4j.client.Elements} facade, and how a provider is chosen
 * from the class path.
 */
package io.elements4j.client;
