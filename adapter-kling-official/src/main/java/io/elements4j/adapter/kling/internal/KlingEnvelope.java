package io.elements4j.adapter.kling.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every Kling answer: {@code {"code": 0, "message": "SUCCEED", "request_id": "…", "data": …}}. An answer whose
 * {@code code} is not 0 never gets here: it is classified as an error first. {@code code} is kept as sent (a number,
 * a string, or null when absent), so the check on the bound envelope reads it exactly as the check on a tree does:
 * see {@link #isErrorCode}.
 */
public record KlingEnvelope<T>(JsonNode code, String message, String request_id, T data) {

    /**
     * Whether a {@code code} says error: a number other than 0, or text other than {@code "0"} and blank. Absent,
     * {@code null}, or any other kind of value: no.
     */
    public static boolean isErrorCode(JsonNode code) {
        if (code == null) {
            return false;
        }
        if (code.isNumber()) {
            return code.asLong() != 0;
        }
        return code.isTextual()
                && !code.asText().trim().equals("0")
                && !code.asText().isBlank();
    }
}
