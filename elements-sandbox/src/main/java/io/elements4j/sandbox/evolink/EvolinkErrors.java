package io.elements4j.sandbox.evolink;

import io.elements4j.sandbox.core.SimJson;
import io.elements4j.sandbox.core.SimResponse;

/** Evolink's error envelope: {@code {"error": {"code": …, "message": …, "type": …}}} (Evolink's element docs). */
final class EvolinkErrors {

    static SimResponse envelope(int status, String code, String message) {
        var body = SimJson.object();
        body.putObject("error").put("code", code).put("message", message).put("type", type(status, code));
        return SimResponse.json(status, body);
    }

    /** The documented type for a code; for codes Evolink does not document, the type of their status. */
    static String type(int status, String code) {
        return switch (code) {
            case "invalid_request", "invalid_task_id", "model_access_denied" -> "invalid_request_error";
            case "unauthorized" -> "authentication_error";
            case "insufficient_quota" -> "insufficient_quota";
            case "rate_limit_exceeded" -> "rate_limit_error";
            case "internal_error" -> "api_error";
            case "upstream_error" -> "upstream_error";
            default -> typeOfStatus(status);
        };
    }

    private static String typeOfStatus(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 402 -> "insufficient_quota";
            case 429 -> "rate_limit_error";
            case 502 -> "upstream_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
    }

    private EvolinkErrors() {}
}
