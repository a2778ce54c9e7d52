package io.elements4j.adapter.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Writes a request body as JSON with one {@link ObjectWriter} per body type, made on first use and kept: Feign's
 * {@code JacksonEncoder} makes a new writer for every body it encodes. The types are the body parameters of a
 * client's methods, so the map stays as small as the interface.
 */
final class JsonBodyEncoder implements Encoder {

    private final ObjectMapper mapper;
    private final ConcurrentMap<Type, ObjectWriter> writers = new ConcurrentHashMap<>();

    JsonBodyEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object body, Type bodyType, RequestTemplate template) {
        ObjectWriter writer = writers.computeIfAbsent(
                bodyType, type -> mapper.writerFor(mapper.getTypeFactory().constructType(type)));
        try {
            template.body(writer.writeValueAsBytes(body), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new EncodeException(e.getMessage(), e);
        }
    }
}
