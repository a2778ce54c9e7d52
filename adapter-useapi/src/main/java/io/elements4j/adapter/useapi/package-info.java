/** useapi.net's Kling element API (/v1/kling/elements...). Only the provider class is public; vendor DTOs live in {@code internal}. */
package io.elements4j.adapter.useapi;
