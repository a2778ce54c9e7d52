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
        template.body(bytes(body, bodyType), StandardCharsets.UTF_8);
    }

    /**
     * The body as the UTF-8 JSON {@link #encode} sets on a template, for a request built without one.
     *
     * @throws EncodeException when Jackson cannot write {@code body} as {@code bodyType}
     */
    byte[] bytes(Object body, Type bodyType) {
        ObjectWriter writer = writers.computeIfAbsent(
                bodyType, type -> mapper.writerFor(mapper.getTypeFactory().constructType(type)));
        try {
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new EncodeException(e.getMessage(), e);
        }
    }
}
