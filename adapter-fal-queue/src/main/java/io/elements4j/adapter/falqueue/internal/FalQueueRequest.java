package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/**
 * A queued request as both endpoints report it: the submit answer
 * ({@code {request_id, model, status, created_at, updated_at, queued_at}}, docs/vendors.md) and the status answer
 * ({@code {request_id, status, outcome?, error?, …}}). Read leniently: unknown fields are ignored; {@code status}
 * stays text so an unknown state can be reported rather than guessed; {@code outcome} and {@code error} stay trees
 * because their shapes are undocumented; times stay trees because epoch seconds are documented but not promised.
 */
public record FalQueueRequest(
        @JsonProperty("request_id") @JsonDeserialize(using = ExactTextDeserializer.class)
        String requestId,

        String model,
        String status,
        JsonNode outcome,
        JsonNode error,
        @JsonProperty("created_at") JsonNode createdAt,
        @JsonProperty("updated_at") JsonNode updatedAt,
        @JsonProperty("queued_at") JsonNode queuedAt) {}
