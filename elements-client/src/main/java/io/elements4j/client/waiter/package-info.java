/**
 * Waiting for a creation task to finish: polling with backoff and jitter, until it succeeds, fails or a timeout
 * passes.
 */
package io.elements4j.client.waiter;
