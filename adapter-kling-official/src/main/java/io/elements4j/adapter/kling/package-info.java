/**
 * Kling's own element and voice API ({@code /v1/general/*}). Public: {@link
 * io.elements4j.adapter.kling.KlingOfficialElementsProvider}, found through {@code ServiceLoader}, and {@link
 * io.elements4j.adapter.kling.KlingCallbacks} for host apps that receive Kling's callbacks. Vendor records, the
 * Feign interface and the mapper live in {@code internal}.
 */
package io.elements4j.adapter.kling;
