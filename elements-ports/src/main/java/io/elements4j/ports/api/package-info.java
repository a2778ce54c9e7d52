/**
 * The three ports a provider implements (creation, query, deletion), together the {@link
 * io.elements4j.ports.api.VendorClient}.
 */
package io.elements4j.ports.api;
