package io.elements4j.adapter.support;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads a Feign response body. */
final class BodyText {

    private static final byte[] NONE = new byte[0];

    private BodyText() {}

    /**
     * The whole body's bytes (none when there is no body): for a body a transport read, its own array, which the
     * caller must not write.
     */
    static byte[] bytes(Response response) throws IOException {
        if (response.body() == null) {
            return NONE;
        }
        if (response.body() instanceof ReadBody read) {
            return read.bytes();
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
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

    /** The response's charset, UTF-8 (JSON's) when it names none. */
    static Charset charset(Response response) {
        Charset charset = response.charset();
        return charset != null ? charset : StandardCharsets.UTF_8;
    }
}
