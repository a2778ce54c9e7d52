package io.elements4j.ports.observe;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * A vendor's answer as it came over the wire, for a support ticket: status, headers (any that may carry a credential
 * masked) and the body (redacted: known secrets and credential-like fields masked; cut to
 * {@value #MAX_BODY_CHARS} characters). {@code Elements.lastFailedResponse()} keeps the last failed one.
 *
 * @param status    the HTTP status
 * @param headers   header name (lower case) → values, secret ones masked
 * @param body      the body as text, redacted and truncated ("" when none or not kept)
 * @param truncated whether the body was cut
 */
public record RawResponse(int status, Map<String, List<String>> headers, String body, boolean truncated) {

    /** The most body characters kept. */
    public static final int MAX_BODY_CHARS = 4096;

    /**
     * Checks that nothing is null and cuts the body to {@value #MAX_BODY_CHARS} characters.
     *
     * @param status    the HTTP status
     * @param headers   header name (lower case) → values, secret ones masked
     * @param body      the body as text, redacted and truncated ("" when none or not kept)
     * @param truncated whether the body was cut
     */
    public RawResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        headers = TreeMap.ofAll(headers.toJavaMap());
        if (body.length() > MAX_BODY_CHARS) {
            body = body.substring(0, MAX_BODY_CHARS);
            truncated = true;
        }
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return its first value, if present
     */
    public Option<String> header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT)).flatMap(List::headOption);
    }

    /**
     * This response without its body.
     *
     * @return the same status and headers, body ""
     */
    public RawResponse withoutBody() {
        return new RawResponse(status, headers, "", false);
    }

    /**
     * The response as a support ticket shows it: a status line, one line per header, a blank line and the body.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder text = new StringBuilder("HTTP ").append(status).append('\n');
        headers.forEach((name, values) ->
                values.forEach(v -> text.append(name).append(": ").append(v).append('\n')));
        text.append('\n').append(body);
        if (truncated) {
            text.append("\n[body truncated to ").append(MAX_BODY_CHARS).append(" characters]");
        }
        return text.toString();
    }
}
