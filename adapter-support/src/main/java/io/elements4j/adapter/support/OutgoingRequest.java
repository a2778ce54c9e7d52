package io.elements4j.adapter.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request exactly as it is about to be sent, after the base URL, the path, the query and the body are final: what
 * a {@link RequestSigner} signs. The path includes the base URL's own path ({@code /v1/kling} in
 * {@code https://api.useapi.net/v1/kling}), which a Feign {@code RequestInterceptor} never sees.
 */
public final class OutgoingRequest {

    private final String method;
    private final URI uri;
    private final Headers headers;
    private final byte[] body;

    OutgoingRequest(String method, URI uri, Headers headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body == null ? new byte[0] : body;
    }

    /** Builds one, for a signer's own tests. */
    public static OutgoingRequest of(String method, String url, Headers headers, byte[] body) {
        return new OutgoingRequest(method, URI.create(url), headers, body == null ? null : body.clone());
    }

    /** {@code GET}, {@code POST}, … in upper case. */
    public String method() {
        return method;
    }

    /** The whole URL, as sent. */
    public URI uri() {
        return uri;
    }

    /**
     * The path and the query exactly as they go on the wire, still percent-encoded:
     * {@code /v2/characters?offset=20&limit=10}; the path alone when there is no query.
     */
    public String pathWithQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /**
     * The headers set so far: the builder's interceptors' and its credentials ({@code bearer}, {@code header}).
     * The transport adds {@code User-Agent}, {@code Accept} and {@code Content-Type} after signing.
     */
    public Headers headers() {
        return headers;
    }

    /** A copy of the body's bytes; empty when there is none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text; "" when there is none. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The method and the path: never the headers or the body, which may carry secrets. */
    @Override
    public String toString() {
        return method + " " + uri.getRawPath();
    }
}
