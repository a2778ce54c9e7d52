package io.elements4j.adapter.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The golden files under {@code src/test/resources/evolink} (see the README there for each one's source). */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/evolink/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture evolink/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String path) {
        return parse(text(path));
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fixtures() {
    }
}
