package io.elements4j.adapter.support;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Feign's transport: one JDK {@link HttpClient}, each response body read whole into bytes by the client itself.
 *
 * <p>Feign's own JDK transport ({@code feign-java11}'s {@code Http2Client}) takes the body as an
 * {@code InputStream}: the caller waits for the headers, then again for the body's buffers handed over from the
 * client's threads, and each request and response is converted through streams. Every 2xx body is read whole by
 * {@link VendorDecoder} anyway, and an error body is read (bounded) from the bytes in memory, so here the client
 * collects the body on its own threads and the caller waits once. Measured in {@code benchmarks/}: about 10% less
 * CPU on the calling thread per call.
 */
final class JdkTransport implements Client {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient client;

    JdkTransport(HttpClient client) {
        this.client = client;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(new URI(request.url()));
        } catch (URISyntaxException e) {
            throw new IOException("Invalid uri " + request.url(), e);
        }
        byte[] body = request.body();
        builder.timeout(Duration.ofMillis(options.readTimeoutMillis()))
                .method(request.httpMethod().name(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                for (String value : header.getValue()) {
                    builder.header(header.getKey(), value);
                }
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.httpMethod() + " " + request.url(), e);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Collection<String>> headers = (Map) response.headers().map();
        return Response.builder()
                .protocolVersion(response.version() == HttpClient.Version.HTTP_2
                        ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
                .status(response.statusCode())
                .request(request)
                .headers(headers)
                .body(decompressed(response))
                .build();
    }

    /** We never ask for compression, but a server may send it anyway. */
    private static byte[] decompressed(HttpResponse<byte[]> response) throws IOException {
        List<String> encodings = response.headers().allValues("Content-Encoding");
        if (encodings.contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        if (encodings.contains("deflate")) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }
}
