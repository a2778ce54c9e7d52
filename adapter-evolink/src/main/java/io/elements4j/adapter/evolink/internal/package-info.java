/**
 * Evolink's wire format, as records shaped exactly like its JSON (Evolink's element docs), the Feign interface
 * with its two paths, and the mapping to and from the domain. Public only so the adapter package can use it; not
 * part of elements4j's API.
 */
package io.elements4j.adapter.evolink.internal;
