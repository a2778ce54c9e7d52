/** A worked example of a provider for an invented vendor; only {@link AcmeElementsProvider} is public. */
package io.elements4j.examples.acme;
