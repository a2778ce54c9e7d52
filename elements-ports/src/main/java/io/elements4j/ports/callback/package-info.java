/**
 * Vendor callbacks: what a host app hands the facade when a vendor calls its callback URL
 * ({@code IncomingCallback}), where the news goes
 * ({@code TaskUpdates}, which ends the waits for those tasks), and an embedded receiver
 * for hosts without a web stack ({@code CallbackServer}).
 */
package io.elements4j.ports.callback;
