package io.elements4j.sandbox.core;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * A request as a simulator sees it: path without query, first value of each query parameter, lower-case headers,
 * and the query exactly as it came, for a vendor that signs requests over it ({@link #target}).
 *
 * @param method   the HTTP method, upper case
 * @param path     the path, still percent-encoded, without the query
 * @param query    the first value of each query parameter, decoded
 * @param headers  the first value of each header, by lower-case name
 * @param body     the body as UTF-8 text; "" when none
 * @param rawQuery the query after {@code ?}, exactly as sent (still percent-encoded); "" when none
 */
public record SimRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        String body,
        String rawQuery) {

    /** Checks every component. */
    public SimRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(rawQuery, "rawQuery");
    }

    /** A request without a query string. */
    public SimRequest(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
        this(method, path, query, headers, body, "");
    }

    /**
     * The path and the query exactly as the client sent them, {@code /v2/characters?offset=20&limit=10}: what a
     * request signature covers.
     *
     * @return the request target, as sent
     */
    public String target() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    /**
     * Header.
     */
    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Query.
     */
    public Option<String> query(String name) {
        return query.get(name);
    }

    /**
     * The bearer token of the {@code Authorization} header, if it has one.
     *
     * @return the bearer token of the {@code Authorization} header, if it has one
     */
    public Option<String> bearerToken() {
        return header("authorization")
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim());
    }

    /**
     * Whether this sim request is.
     *
     * @return whether this sim request is
     */
    public boolean is(String verb, String pathPattern) {
        return method.equalsIgnoreCase(verb) && path.matches(pathPattern);
    }

    /**
     * The path segment after {@code prefix}, e.g. the id in {@code /v1/tasks/{id}}.
     *
     * @return the path segment after {@code prefix}, e.g
     */
    public String lastSegment() {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
