/** Evolink's kling-custom-element model (/v1/videos/generations + /v1/tasks/{id}). Only the provider class is public; vendor DTOs live in {@code internal}. */
package io.elements4j.adapter.evolink;
