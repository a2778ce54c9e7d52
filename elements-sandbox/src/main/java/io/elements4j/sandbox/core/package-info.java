/**
 * What every simulator shares: the HTTP server, requests and responses, queued faults, JSON helpers and id
 * generators.
 */
package io.elements4j.sandbox.core;
