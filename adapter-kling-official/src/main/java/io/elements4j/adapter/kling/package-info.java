/** Kling's own element and voice API (/v1/general/*). Only the provider class is public; vendor DTOs live in {@code internal}. */
package io.elements4j.adapter.kling;
