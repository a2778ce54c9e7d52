/**
 * The sealed {@link io.elements4j.domain.error.ElementsError} family every failure is reported as (a value, never
 * thrown across the API), and the exception that wraps one for callers who want to throw.
 */
package io.elements4j.domain.error;
