/**
 * The facade's implementation: not API. Nothing outside {@code elements-client} may depend on these packages (an
 * architecture test says so), and the Javadoc leaves them out.
 */
package io.elements4j.client.internal;
