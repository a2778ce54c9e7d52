/**
 * A worked example of a fifth provider, for an invented vendor, Acme Elements (docs/writing-a-provider.md walks
 * through it). Only {@link io.elements4j.examples.acme.AcmeElementsProvider} is public; the wire records and the
 * Feign interface live in {@code internal}.
 */
package io.elements4j.examples.acme;
