package io.elements4j.sandbox.core;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;

/** A request as a simulator sees it: path without query, first value of each query parameter, lower-case headers. */
public record SimRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                         String body) {

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
     * Query.
     *
     * @param name the name
     * @return query
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
        return header("authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim());
    }

    /**
     * Whether this sim request is.
     *
     * @param pathPattern the path pattern
     * @param verb the verb
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
