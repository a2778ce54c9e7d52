/**
 * useapi.net's wire format: the Feign interface, records shaped exactly like useapi's JSON, and the MapStruct mapper
 * between them and the domain. Not part of the API: nothing here appears in a public signature of the provider.
 */
package io.elements4j.adapter.useapi.internal;
