/**
 * The pure domain of elements4j: values, rules and errors, with no dependency but the JDK and Vavr.
 *
 * <p>No {@code null} crosses this API: absent values are {@link io.vavr.control.Option}, collections are Vavr's
 * immutable ones, and business outcomes are {@link io.vavr.control.Either} / {@link io.vavr.control.Validation}.
 */
package io.elements4j.domain;
