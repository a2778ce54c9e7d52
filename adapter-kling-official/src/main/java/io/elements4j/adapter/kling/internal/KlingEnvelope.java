package io.elements4j.adapter.kling.internal;

/**
 * Every Kling answer: {@code {"code": 0, "message": "SUCCEED", "request_id": "…", "data": …}}. An answer whose
 * {@code code} is not 0 never gets here: it is classified as an error first.
 */
public record KlingEnvelope<T>(Long code, String message, String request_id, T data) {
}
