/**
 * Callbacks a vendor sent, as the facade saw them ({@link io.elements4j.client.callback.TaskUpdates}), and the hook
 * that shares them with other facades ({@link io.elements4j.client.callback.SharedTaskUpdates}).
 */
package io.elements4j.client.callback;
