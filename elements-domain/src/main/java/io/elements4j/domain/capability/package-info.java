/**
 * What a provider can do: the {@link io.elements4j.domain.capability.Capability} values a provider declares, and
 * that an operation it lacks answers {@code Unsupported} for.
 */
package io.elements4j.domain.capability;
