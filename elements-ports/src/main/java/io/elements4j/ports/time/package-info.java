/**
 * Time as a dependency: a sleeper the waiter waits on, and a virtual time for tests in which waits take no real
 * time.
 */
package io.elements4j.ports.time;
