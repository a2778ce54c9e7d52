package io.elements4j.adapter.falqueue.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of {@code POST /requests}: {@code {"model": …, "payload": {…}, "webhook": {"url": …}}}. The webhook is
 * left out when the draft names no callback URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "payload", "webhook"})
public record SubmitRequest(String model, ElementPayload payload, Webhook webhook) {

    /** {@code "webhook": {"url": "https://…"}} (GMI's kling-custom-voice page). */
    public record Webhook(String url) {}
}
