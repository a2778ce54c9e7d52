package io.elements4j.integration.cost;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.classic.MinimalHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The least a client of the same vendor can do: Apache HttpClient 5's classic client — the library's default
 * transport — at its barest ({@link HttpClients#createMinimal()}: pooled keep-alive connections, nothing else),
 * sending again the exact request the library sent and reading the whole body. Whatever a call costs beyond this is
 * the library's: Feign, JSON, mapping, validation, events.
 */
final class SameClientFloor implements AutoCloseable {

    /** Headers the client sets itself. */
    private static final Set<String> OWN_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding");

    /** A read that stalls fails the guard after five seconds instead of hanging the build. */
    private final MinimalHttpClient client =
            HttpClients.createMinimal(PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultSocketConfig(SocketConfig.custom()
                            .setSoTimeout(Timeout.ofSeconds(5))
                            .build())
                    .build());

    /** One request as the library sent it, its headers and body made once, to be sent again and again. */
    record Replay(String method, URI uri, Header[] headers, HttpEntity body) {}

    static Replay replayOf(KlingShapedStub.Seen seen, String baseUrl) {
        Header[] headers = seen.headers().entrySet().stream()
                .filter(header -> !OWN_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT)))
                .flatMap(header -> header.getValue().stream().map(value -> new BasicHeader(header.getKey(), value)))
                .toArray(Header[]::new);
        return new Replay(
                seen.method(),
                URI.create(baseUrl + seen.uri()),
                headers,
                seen.body().length == 0 ? null : new ByteArrayEntity(seen.body(), null));
    }

    /** Sends {@code replay} and reads the body whole. */
    byte[] send(Replay replay) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(replay.method(), replay.uri());
        request.setHeaders(replay.headers());
        request.setEntity(replay.body());
        return client.execute(request, SameClientFloor::body);
    }

    private static byte[] body(ClassicHttpResponse response) throws IOException {
        if (response.getCode() != 200) {
            throw new IOException("the stub answered " + response.getCode());
        }
        return EntityUtils.toByteArray(response.getEntity());
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
