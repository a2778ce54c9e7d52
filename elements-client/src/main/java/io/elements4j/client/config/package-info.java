/**
 * How each configuration key is read: an explicit map, {@code -Delements.<provider>.<key>}, {@code
 * ELEMENTS_<PROVIDER>_<KEY>}, then the vendor's usual environment names, with where each value came from.
 */
package io.elements4j.client.config;
