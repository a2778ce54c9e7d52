/**
 * The Evolink simulator: {@code POST /v1/videos/generations} for {@code kling-custom-element} and {@code GET
 * /v1/tasks/{id}}.
 */
package io.elements4j.sandbox.evolink;
