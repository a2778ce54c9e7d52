package io.elements4j.adapter.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import feign.Response;
import feign.codec.Decoder;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads 2xx bodies with the shared mapper. A body that does not parse as the expected type becomes a
 * {@link HttpFailure.Kind#MALFORMED_BODY} failure carrying the body, instead of an exception without it. When the
 * vendor can answer 2xx with an error envelope (Kling's {@code code != 0}), the {@link ErrorEnvelope} spots it and
 * the body becomes a {@link HttpFailure.Kind#RESPONSE} failure for the vendor's classifier, like any error status.
 *
 * <p>A body is parsed once on the way to a value: from its bytes when it is UTF-8 (the JSON default, and Jackson's
 * fastest path), and bound straight to the expected type. How an error envelope is looked for decides whether a tree
 * is built too:
 * <ul>
 *   <li>with a screen on the bound value ({@link ErrorEnvelope#mayBeError()}), the value is bound from the bytes
 *       and shown to the screen; a body it clears is returned with no tree built. Only a body it flags, or one that
 *       does not bind (or is JSON {@code null}), is parsed as a tree as well, for {@link ErrorEnvelope#isError()}
 *       to judge — so a vendor error that does not fit the success record is still that error, never a malformed
 *       body;</li>
 *   <li>with the tree predicate alone, every body is parsed into the tree the predicate sees, and the value is bound
 *       from that tree.</li>
 * </ul>
 * Either way the tree predicate alone decides what is an error envelope. Text is made only for a {@code String}
 * return type or a failure's message.
 */
final class VendorDecoder implements Decoder {

    private final ObjectMapper mapper;
    private final Option<ErrorEnvelope> errorEnvelope;
    private final Clock clock;
    /**
     * A reader per return type, made on first use: it holds the type's deserializer, which
     * {@code mapper.readValue(bytes, type)} would construct the type for and look up again on every call.
     */
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * Builds, in {@code mapper}'s own cache, the readers of the answers of every method of {@code api}, as the first
     * answer of each would; a decoder of a client of {@code api} then finds them made. An answer type whose reader
     * cannot be made is left for its first answer to report.
     */
    static void prepare(ObjectMapper mapper, Class<?> api) {
        for (Method method : api.getMethods()) {
            Type answer = method.getGenericReturnType();
            if (method.isDefault()
                    || Modifier.isStatic(method.getModifiers())
                    || answer == String.class
                    || answer == void.class) {
                continue;
            }
            try {
                mapper.readerFor(mapper.constructType(answer));
            } catch (RuntimeException e) {
                // As documented: the first answer of this type meets the problem again and reports it.
            }
        }
    }

    VendorDecoder(ObjectMapper mapper, Option<ErrorEnvelope> errorEnvelope, Clock clock) {
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
        try {
            ObjectReader target = readers.computeIfAbsent(type, t -> mapper.readerFor(mapper.constructType(t)));
            Object value;
            if (errorEnvelope.isEmpty()) {
                value = bind(body, charset, target);
            } else if (errorEnvelope.get().mayBeError().isDefined()) {
                value = screened(response, body, charset, target, errorEnvelope.get());
            } else {
                JsonNode tree = tree(body, charset);
                throwIfError(response, body, charset, tree, errorEnvelope.get());
                value = target.readValue(tree);
            }
            if (value == null) {
                throw malformed(response, new String(body, charset), "the body was JSON null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(response, new String(body, charset), describe(e));
        }
    }

    /**
     * The value bound from the bytes when the screen clears it; otherwise the tree decides whether the body is an
     * error envelope, and a body that is not one is the bound value, or the reason it did not bind.
     */
    private Object screened(
            Response response, byte[] body, Charset charset, ObjectReader target, ErrorEnvelope envelope)
            throws IOException {
        Object value = null;
        JsonProcessingException unbound = null;
        try {
            value = bind(body, charset, target);
        } catch (JsonProcessingException e) {
            unbound = e;
        }
        if (value != null && !envelope.mayBeError().get().test(value)) {
            return value;
        }
        // Flagged, JSON null, or not the expected shape (as an error envelope often is): the tree decides. A body
        // that is not JSON at all fails here, with the parser's own complaint.
        throwIfError(response, body, charset, tree(body, charset), envelope);
        if (unbound != null) {
            throw unbound;
        }
        return value;
    }

    private static Object bind(byte[] body, Charset charset, ObjectReader target) throws IOException {
        return isUtf8(charset) ? target.readValue(body) : target.readValue(new String(body, charset));
    }

    private JsonNode tree(byte[] body, Charset charset) throws IOException {
        return isUtf8(charset) ? mapper.readTree(body) : mapper.readTree(new String(body, charset));
    }

    private void throwIfError(Response response, byte[] body, Charset charset, JsonNode tree, ErrorEnvelope envelope) {
        if (envelope.isError().test(tree)) {
            throw new HttpFailureException(HttpFailure.response(
                    response.status(), Headers.of(response.headers()), new String(body, charset), clock));
        }
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
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
        return new HttpFailureException(
                HttpFailure.malformedBody(response.status(), Headers.of(response.headers()), text, detail));
    }

    /**
     * Jackson's complaint on one line, with where it stopped, but not the source excerpt. A record bound from a tree
     * has no line and column to tell.
     */
    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return e.getOriginalMessage().strip().replaceAll("\\s+", " ") + where;
    }
}
