/**
 * Vendor callbacks: what a host app hands the facade when a vendor calls its callback URL
 * ({@link io.elements4j.ports.callback.IncomingCallback}), where the news goes
 * ({@link io.elements4j.ports.callback.TaskUpdates}, which ends the waits for those tasks), and an embedded receiver
 * for hosts without a web stack ({@link io.elements4j.ports.callback.CallbackServer}).
 */
package io.elements4j.ports.callback;
