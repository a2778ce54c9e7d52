package io.elements4j.benchmarks.decode;

import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A 2xx Feign response holding canned bytes, as the JDK client hands it to the decoder. */
public final class Bodies {

    private static final Request REQUEST =
            Request.create(Request.HttpMethod.GET, "http://127.0.0.1/bench", Map.of(), Request.Body.empty(), null);
    private static final Map<String, Collection<String>> HEADERS = Map.of("content-type", List.of("application/json"));

    private Bodies() {}

    public static Response ok(byte[] body) {
        return Response.builder()
                .status(200)
                .reason("OK")
                .request(REQUEST)
                .headers(HEADERS)
                .body(body)
                .build();
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
