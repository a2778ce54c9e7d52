package io.elements4j.ports.callback;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request a vendor sent to a callback URL, exactly as it arrived: the URL it was sent to (at least its path
 * and query), its headers and its raw body. The body is kept as bytes because a signature covers the bytes, not a
 * re-encoding of them. Header names are matched without regard to case. Immutable.
 *
 * <p>The URL matters: the facade makes a draft's callback URL its own ({@link DraftKeys}), so the URL tells which
 * draft the callback is about — which is how a create whose answer was lost is found. A receiver hands it over:
 *
 * <pre>{@code
 * IncomingCallback callback = IncomingCallback.of(request.pathAndQuery(), request.headers(), request.bodyBytes());
 * elements.receiveCallback(callback).fold(error -> 400, task -> 204);
 * }</pre>
 */
public final class IncomingCallback {

    /**
     * The largest body the receivers and {@code Elements.receiveCallback} take unless told otherwise: 1 MiB (a
     * callback is a few kilobytes).
     */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;

    private final Option<String> url;
    private final TreeMap<String, Seq<String>> headers;
    private final byte[] body;

    private IncomingCallback(Option<String> url, TreeMap<String, Seq<String>> headers, byte[] body) {
        this.url = url;
        this.headers = headers;
        this.body = body;
    }

    /**
     * A callback as it arrived, with the URL it was sent to.
     *
     * @param url     the URL the request was sent to, or at least its path and raw query
     *                ({@code /elements/callbacks?elements4j-draft=…})
     * @param headers the request's headers; names in any case, null values ignored
     * @param body    the raw body
     * @return the callback
     */
    public static IncomingCallback of(String url, Map<String, ? extends Collection<String>> headers, byte[] body) {
        return of(headers, body).withUrl(url);
    }

    /**
     * This callback with the URL it was sent to.
     *
     * @param value the URL, or at least its path and raw query
     * @return a copy naming the URL
     */
    public IncomingCallback withUrl(String value) {
        return new IncomingCallback(Option.of(Objects.requireNonNull(value, "url")), headers, body);
    }

    /**
     * The URL the request was sent to, as the receiver gave it: what names the draft a callback is about.
     *
     * @return the URL (or its path and query), or none when the receiver did not give it
     */
    public Option<String> url() {
        return url;
    }

    /**
     * A callback from headers with one or more values each (as servlet, Spring and the JDK's server give them),
     * without its URL: it cannot name its draft, so a create whose answer was lost is not found by it
     * ({@link #of(String, Map, byte[])} keeps the URL).
     *
     * @param headers the request's headers; names in any case, null values ignored
     * @param body    the raw body
     * @return the callback
     */
    public static IncomingCallback of(Map<String, ? extends Collection<String>> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        TreeMap<String, Seq<String>> byName = TreeMap.empty();
        for (Map.Entry<String, ? extends Collection<String>> header : headers.entrySet()) {
            if (header.getKey() == null || header.getValue() == null) {
                continue;
            }
            String name = header.getKey().trim().toLowerCase(Locale.ROOT);
            Seq<String> values = List.ofAll(header.getValue()).filter(Objects::nonNull);
            byName = byName.put(
                    name, byName.get(name).map(v -> v.appendAll(values)).getOrElse(values));
        }
        return new IncomingCallback(
                Option.none(), byName, Objects.requireNonNull(body, "body").clone());
    }

    /**
     * A callback from headers with one value each.
     *
     * @param headers the request's headers; names in any case
     * @param body    the raw body, as UTF-8 text
     * @return the callback
     */
    public static IncomingCallback ofSingleValues(Map<String, String> headers, String body) {
        Objects.requireNonNull(headers, "headers");
        Map<String, Collection<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (value != null) {
                multi.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        });
        return of(multi, Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a request body no further than {@code maxBytes}: a receiver calls this before it builds the callback, so
     * a body over the limit is refused without being read whole. A declared {@code Content-Length} over the limit
     * refuses it before a byte is read.
     *
     * @param in            the request body
     * @param contentLength the {@code Content-Length} the request declared; negative when it declared none
     * @param maxBytes      the most bytes to take
     * @return the body, or none when it is larger than {@code maxBytes}
     * @throws IOException when reading fails
     */
    public static Option<byte[]> readBody(InputStream in, long contentLength, int maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be from 0 to less than 2 GiB: " + maxBytes);
        }
        if (contentLength > maxBytes) {
            return Option.none();
        }
        byte[] read = in.readNBytes(maxBytes + 1);
        return read.length > maxBytes ? Option.none() : Option.some(read);
    }

    /**
     * A header's first value.
     *
     * @param name the header's name, in any case
     * @return its first value, if the request had it
     */
    public Option<String> header(String name) {
        return headers.get(name.trim().toLowerCase(Locale.ROOT)).flatMap(Seq::headOption);
    }

    /**
     * All of a header's values.
     *
     * @param name the header's name, in any case
     * @return its values, in the order received; empty when absent
     */
    public Seq<String> headerValues(String name) {
        return headers.get(name.trim().toLowerCase(Locale.ROOT)).getOrElse(List.empty());
    }

    /**
     * The raw body.
     *
     * @return a copy of the body's bytes
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body's size.
     *
     * @return the number of bytes in the body
     */
    public int size() {
        return body.length;
    }

    /** The header names and the body's size, never their contents (a header may carry a signature). */
    @Override
    public String toString() {
        return "IncomingCallback[" + (url.isDefined() ? "with URL, " : "") + "headers "
                + headers.keySet().mkString(", ") + "; " + body.length + " bytes]";
    }
}
