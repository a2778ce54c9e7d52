/**
 * The simulator of the request-queue vendor: submit a request, poll its status, read its outcome.
 */
package io.elements4j.sandbox.queue;
