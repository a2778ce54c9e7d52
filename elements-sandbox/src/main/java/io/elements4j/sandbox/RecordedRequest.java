package io.elements4j.sandbox;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A request a simulator received, as sent: method, path, query, headers (names lower-cased), body, the
 * operation it was routed to, and when.
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        String body,
        Operation operation,
        Instant at) {

    /**
     * Creates the value, checking every component.
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Header.
     */
    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Query param.
     */
    public Option<String> queryParam(String name) {
        return query.get(name);
    }
}
