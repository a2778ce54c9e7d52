package io.elements4j.adapter.support;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Feign's transport: one JDK {@link HttpClient}, each response body read whole into bytes by the client itself.
 *
 * <p>Feign's own JDK transport ({@code feign-java11}'s {@code Http2Client}) takes the body as an
 * {@code InputStream}: the caller waits for the headers, then again for the body's buffers handed over from the
 * client's threads, and each request and response is converted through streams. Every 2xx body is read whole by
 * {@link VendorDecoder} anyway, and an error body is read (bounded) from the bytes in memory, so here the client
 * collects the body on its own threads and the caller waits once. Measured in {@code benchmarks/}: about 10% less
 * CPU on the calling thread per call.
 *
 * <p>Chosen with {@code http-client=jdk}. Against {@link ApacheTransport} (the default) it needs no library and an
 * interrupt ends a call at once, but every exchange hops between the caller and the client's own threads: on
 * loopback it takes about twice as long per call ({@code benchmarks/RESULTS.md}).
 */
final class JdkTransport implements Transport {

    static final String NAME = "jdk";

    private final HttpClient client;

    JdkTransport(HttpClient client) {
        this.client = client;
    }

    /**
     * HTTP/1.1 everywhere: the same protocol in tests and production, and no h2c upgrade surprises on plain http.
     * Redirects are not followed: the JDK would re-send the Authorization header to the new location.
     */
    static JdkTransport create(Duration connectTimeout) {
        return new JdkTransport(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    /** Nothing to release: the JDK client (before Java 21) ends its threads when it becomes unreachable. */
    @Override
    public void close() {}

    @Override
    public Response execute(Request request, Request.Options options, SentHeaders sent) throws IOException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(new URI(request.url()));
        } catch (URISyntaxException e) {
            throw new IOException("Invalid uri " + request.url(), e);
        }
        byte[] body = request.body();
        builder.timeout(Duration.ofMillis(options.readTimeoutMillis()))
                .method(
                        request.httpMethod().name(),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        Transport.writeHeaders(request, sent, builder::header);
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
                .protocolVersion(
                        response.version() == HttpClient.Version.HTTP_2
                                ? Request.ProtocolVersion.HTTP_2
                                : Request.ProtocolVersion.HTTP_1_1)
                .status(response.statusCode())
                .request(request)
                .headers(headers)
                .body(new ReadBody(
                        Transport.decoded(response.headers().allValues("Content-Encoding"), response.body())))
                .build();
    }
}
