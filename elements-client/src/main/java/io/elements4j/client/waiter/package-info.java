/**
 * How long and how often to wait for a creation task ({@link io.elements4j.client.waiter.AwaitOptions}), and what a
 * finished wait answers ({@link io.elements4j.client.waiter.Awaited}).
 */
package io.elements4j.client.waiter;
