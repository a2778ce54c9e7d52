/**
 * In-process simulators of the four vendors' HTTP APIs on loopback: start one, point a provider at its base URL,
 * inject faults, and read the journal of requests it received.
 */
package io.elements4j.sandbox;
