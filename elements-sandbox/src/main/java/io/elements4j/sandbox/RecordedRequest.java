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
public record RecordedRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                              String body, Operation operation, Instant at) {

    /**
     * Creates the value, checking every component.
     *
     * @param at the at
     * @param body the body
     * @param headers the headers
     * @param method the method
     * @param operation the operation
     * @param path the path
     * @param query the query
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
     *
     * @param name the name
     * @return header
     */
    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Query param.
     *
     * @param name the name
     * @return query param
     */
    public Option<String> queryParam(String name) {
        return query.get(name);
    }
}
