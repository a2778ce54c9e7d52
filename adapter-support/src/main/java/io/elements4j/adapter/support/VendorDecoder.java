package io.elements4j.adapter.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.function.Predicate;

/**
 * Reads 2xx bodies with the shared mapper. A body that does not parse as the expected type becomes a
 * {@link HttpFailure.Kind#MALFORMED_BODY} failure carrying the body, instead of an exception without it. When the
 * vendor can answer 2xx with an error envelope (Kling's {@code code != 0}), {@code errorEnvelope} spots it and the
 * body becomes a {@link HttpFailure.Kind#RESPONSE} failure for the vendor's classifier, like any error status.
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
        String text = BodyText.all(response);
        if (type == String.class) {
            return text;
        }
        if (text.isBlank()) {
            throw malformed(response, text, "the body was empty");
        }
        try {
            if (errorEnvelope.isDefined()) {
                JsonNode tree = mapper.readTree(text);
                if (errorEnvelope.get().test(tree)) {
                    throw new HttpFailureException(HttpFailure.response(response.status(),
                            Headers.of(response.headers()), text, clock));
                }
            }
            Object value = mapper.readValue(text, mapper.constructType(type));
            if (value == null) {
                throw malformed(response, text, "the body was JSON null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(response, text, describe(e));
        }
    }

    private static HttpFailureException malformed(Response response, String text, String detail) {
        return new HttpFailureException(HttpFailure.malformedBody(response.status(), Headers.of(response.headers()),
                text, detail));
    }

    /** Jackson's complaint on one line, with where it stopped, but not the source excerpt. */
    private static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return e.getOriginalMessage().strip().replaceAll("\\s+", " ") + where;
    }
}
