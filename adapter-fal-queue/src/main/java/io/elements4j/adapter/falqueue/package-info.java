/** The request-queue protocol of seed 002 (POST /requests, GET /requests/{id}). Only the provider class is public; vendor DTOs live in {@code internal}. */
package io.elements4j.adapter.falqueue;
