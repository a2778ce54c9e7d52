package io.elements4j.benchmarks.stub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The floor of a call: the JDK {@link HttpClient}, set up as {@code VendorHttp} sets up its own (HTTP/1.1, no
 * redirects), sending the bytes an adapter sent — method, URI, headers, body — and reading the whole body. No
 * Feign, no JSON, no mapping: what any Java client must at least pay for the same exchange.
 */
public final class FloorClient implements AutoCloseable {

    /**
     * Headers a client sets itself (the JDK's refuses them from callers; Apache's would send them twice), or that
     * only an h2c upgrade sends: what a replay leaves out.
     */
    private static final Set<String> RESTRICTED =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "http2-settings", "transfer-encoding");

    /** Whether a replay passes {@code header} on (the client sets the others itself). */
    static boolean replayed(String header) {
        return !RESTRICTED.contains(header.toLowerCase(Locale.ROOT));
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A replayable request built once from what the stub saw, so the measured loop only sends. */
    public HttpRequest replayOf(LoopbackStub.Seen seen, String baseUrl) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + seen.uri()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        seen.method(),
                        seen.body().length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(seen.body()));
        for (Map.Entry<String, List<String>> header : seen.headers().entrySet()) {
            if (replayed(header.getKey())) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
        }
        return builder.build();
    }

    /** Sends and reads the body; the bytes, so a benchmark can consume them. */
    public byte[] send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the stub answered " + response.statusCode() + " to " + request.uri());
        }
        return response.body();
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; its threads end when it is unreachable.
    }
}
