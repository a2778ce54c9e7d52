/**
 * The entry point of the library: the {@link io.elements4j.client.Elements} facade, its
 * {@link io.elements4j.client.ElementsBuilder builder} and {@link io.elements4j.client.AsyncElements asynchronous
 * view}, and how a provider is chosen from the class path ({@link io.elements4j.client.ElementsProviders}).
 *
 * <p>The packages under {@code io.elements4j.client.internal} hold the implementation; they are not API, may change
 * in any release, and nothing outside this module may use them.
 */
package io.elements4j.client;
