/**
 * The conformance suite every provider must pass: extend {@link io.elements4j.conformance.ElementsConformanceSuite}
 * in one class to contract-test a provider against its simulator.
 */
package io.elements4j.conformance;
