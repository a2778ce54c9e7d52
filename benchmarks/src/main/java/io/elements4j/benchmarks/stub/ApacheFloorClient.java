package io.elements4j.benchmarks.stub;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;

/**
 * The floor on the library's own default transport: Apache HttpClient 5's classic client, set up as the library's
 * ({@code ApacheTransport}: pooled, no retries, redirects, compression or cookies), replaying the bytes an adapter
 * sent and reading the whole body. Beside {@link FloorClient} it shows how much of a call is the client chosen and
 * how much is the library on top of it.
 */
public final class ApacheFloorClient implements AutoCloseable {

    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    // As many connections as the library's transport allows, for calls from many threads at once.
                    .setMaxConnPerRoute(128)
                    .setMaxConnTotal(128)
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableConnectionState()
            .build();

    /** What the stub saw, kept to build an identical request on every send. */
    public record Replay(String method, URI uri, List<String[]> headers, byte[] body) {}

    public Replay replayOf(LoopbackStub.Seen seen, String baseUrl) {
        List<String[]> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : seen.headers().entrySet()) {
            if (FloorClient.replayed(header.getKey())) {
                header.getValue().forEach(value -> headers.add(new String[] {header.getKey(), value}));
            }
        }
        return new Replay(seen.method(), URI.create(baseUrl + seen.uri()), List.copyOf(headers), seen.body());
    }

    /** Sends and reads the body; the bytes, so a benchmark can consume them. */
    public byte[] send(Replay replay) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(replay.method(), replay.uri());
        for (String[] header : replay.headers()) {
            request.addHeader(header[0], header[1]);
        }
        if (replay.body().length > 0) {
            request.setEntity(new ByteArrayEntity(replay.body(), null));
        }
        return client.execute(request, response -> {
            if (response.getCode() / 100 != 2) {
                throw new IOException("the stub answered " + response.getCode() + " to " + replay.uri());
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
