package io.elements4j.adapter.support;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

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

    /**
     * The response's charset: the {@code charset} parameter of its {@code Content-Type} (any parameter, any case,
     * spaces around {@code =} and quotes allowed), UTF-8 (JSON's) when it names none or one this JVM does not know.
     * Read here rather than by Feign's {@code Response.charset()}, which looks only at the first parameter, compiles a
     * pattern on every call, and throws on a name it cannot read.
     */
    static Charset charset(Response response) {
        Collection<String> types = response.headers().get("Content-Type");
        if (types != null) {
            for (String type : types) {
                Charset named = named(type);
                if (named != null) {
                    return named;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The charset one {@code Content-Type} value names, or null. */
    private static Charset named(String contentType) {
        int semicolon = contentType.indexOf(';');
        while (semicolon >= 0) {
            int end = contentType.indexOf(';', semicolon + 1);
            String parameter = contentType.substring(semicolon + 1, end < 0 ? contentType.length() : end);
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String name = parameter.substring(equals + 1).strip();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                if (name.equalsIgnoreCase("utf-8")) {
                    return StandardCharsets.UTF_8;
                }
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
            semicolon = end;
        }
        return null;
    }
}
