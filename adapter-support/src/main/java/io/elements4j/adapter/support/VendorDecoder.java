package io.elements4j.adapter.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Predicate;

/**
 * Reads 2xx bodies with the shared mapper. A body that does not parse as the expected type becomes a
 * {@link HttpFailure.Kind#MALFORMED_BODY} failure carrying the body, instead of an exception without it. When the
 * vendor can answer 2xx with an error envelope (Kling's {@code code != 0}), {@code errorEnvelope} spots it and the
 * body becomes a {@link HttpFailure.Kind#RESPONSE} failure for the vendor's classifier, like any error status.
 *
 * <p>A body is parsed once: from its bytes when it is UTF-8 (the JSON default, and Jackson's fastest path), and with
 * an error envelope to look for, into the tree the predicate sees, from which the record is then bound. Text is made
 * only for a {@code String} return type or a failure's message.
 */
final class VendorDecoder implements Decoder {

    private final ObjectMapper mapper;
    private final Option<Predicate<JsonNode>> errorEnvelope;
    private final Clock clock;

    VendorDecoder(ObjectMapper mapper, Option<Predicate<JsonNode>> errorEnvelope, Clock clock) {
        this.mapper = mapper;
        this.errorEnvelope = errorEnvelope;
        this.clock = clock;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        byte[] body = BodyText.bytes(response);
        Charset charset = BodyText.charset(response);
        if (type == String.class) {
            return new String(body, charset);
        }
        if (isBlank(body)) {
            throw malformed(response, new String(body, charset), "the body was empty");
        }
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        try {
            JavaType target = mapper.constructType(type);
            Object value;
            if (errorEnvelope.isDefined()) {
                JsonNode tree = utf8 ? mapper.readTree(body) : mapper.readTree(new String(body, charset));
                if (errorEnvelope.get().test(tree)) {
                    throw new HttpFailureException(HttpFailure.response(response.status(),
                            Headers.of(response.headers()), new String(body, charset), clock));
                }
                value = mapper.readerFor(target).readValue(tree);
            } else {
                value = utf8 ? mapper.readValue(body, target) : mapper.readValue(new String(body, charset), target);
            }
            if (value == null) {
                throw malformed(response, new String(body, charset), "the body was JSON null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(response, new String(body, charset), describe(e));
        }
    }

    /** Nothing but ASCII white space and control characters: no JSON value at all. */
    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b < 0 || b > ' ') {
                return false;
            }
        }
        return true;
    }

    private static HttpFailureException malformed(Response response, String text, String detail) {
        return new HttpFailureException(HttpFailure.malformedBody(response.status(), Headers.of(response.headers()),
                text, detail));
    }

    /**
     * Jackson's complaint on one line, with where it stopped, but not the source excerpt. A record bound from a tree
     * has no line and column to tell.
     */
    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return e.getOriginalMessage().strip().replaceAll("\\s+", " ") + where;
    }
}
