package io.elements4j.adapter.support;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads a Feign response body as text. */
final class BodyText {

    private BodyText() {
    }

    /** The whole body ("" when there is none). */
    static String all(Response response) throws IOException {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readAllBytes(), charset(response));
        }
    }

    /** At most {@code maxBytes} of the body, so a huge error page cannot fill memory twice over. */
    static String bounded(Response response, int maxBytes) throws IOException {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(maxBytes), charset(response));
        }
    }

    private static Charset charset(Response response) {
        Charset charset = response.charset();
        return charset != null ? charset : StandardCharsets.UTF_8;
    }
}
