/**
 * The HTTP plumbing every adapter shares, written once: the Jackson mapper, Feign clients with redacted logging,
 * the translation of what went wrong on the wire into an {@link io.elements4j.adapter.support.HttpFailure}, its
 * classification into an {@link io.elements4j.domain.error.ElementsError}, and the retry policy that acts on that
 * classification.
 *
 * <p>Only adapters depend on this package; Feign and Jackson types appear in its API but must not escape an
 * adapter's public provider class.
 */
package io.elements4j.adapter.support;
