/**
 * Callbacks a vendor sent, as the facade saw them: {@link io.elements4j.client.callback.TaskUpdates}.
 */
package io.elements4j.client.callback;
