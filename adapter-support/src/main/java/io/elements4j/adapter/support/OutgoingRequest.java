package io.elements4j.adapter.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A request exactly as it is about to be sent, after the base URL, the path, the query and the body are final: what
 * a {@link RequestSigner} signs. The path includes the base URL's own path ({@code /v1/kling} in
 * {@code https://api.useapi.net/v1/kling}), which a Feign {@code RequestInterceptor} never sees.
 */
public final class OutgoingRequest {

    private final String method;
    private final String url;
    private final byte[] body;
    private final Supplier<Headers> headerSource;
    // Worked out on first use: a signer that reads neither (Kling's token covers the account, not the request) costs
    // a call no URI parse and no copy of the headers. Racing threads work out equal values.
    private URI uri;
    private Headers headers;

    private OutgoingRequest(String method, String url, URI uri, Supplier<Headers> headerSource, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.uri = uri;
        this.headerSource = Objects.requireNonNull(headerSource, "headers");
        this.body = body == null ? new byte[0] : body;
    }

    /**
     * The request the transport is about to send; its URI and its header view are made only when a signer asks.
     *
     * @param headers the headers set so far, read when the signer first asks for them; neither they nor
     *     {@code body} may change afterwards
     */
    static OutgoingRequest lazy(String method, String url, Supplier<Headers> headers, byte[] body) {
        return new OutgoingRequest(method, url, null, headers, body);
    }

    /** Builds one, for a signer's own tests. */
    public static OutgoingRequest of(String method, String url, Headers headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        return new OutgoingRequest(method, url, URI.create(url), () -> headers, body == null ? null : body.clone());
    }

    /** {@code GET}, {@code POST}, … in upper case. */
    public String method() {
        return method;
    }

    /** The whole URL, as sent. */
    public URI uri() {
        URI parsed = uri;
        if (parsed == null) {
            parsed = URI.create(url);
            uri = parsed;
        }
        return parsed;
    }

    /**
     * The path and the query exactly as they go on the wire, still percent-encoded:
     * {@code /v2/characters?offset=20&limit=10}; the path alone when there is no query.
     */
    public String pathWithQuery() {
        URI parsed = uri();
        String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
        return parsed.getRawQuery() == null ? path : path + "?" + parsed.getRawQuery();
    }

    /**
     * The headers set so far: the builder's interceptors' and its credentials ({@code bearer}, {@code header}).
     * The transport adds {@code User-Agent}, {@code Accept} and {@code Content-Type} after signing.
     */
    public Headers headers() {
        Headers view = headers;
        if (view == null) {
            view = Objects.requireNonNull(headerSource.get(), "headers");
            headers = view;
        }
        return view;
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
        return method + " " + uri().getRawPath();
    }
}
