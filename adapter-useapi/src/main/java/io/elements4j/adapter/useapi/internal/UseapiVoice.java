package io.elements4j.adapter.useapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.elements4j.adapter.support.ExactTextDeserializer;

/**
 * A voice: {@code {id, name}} in {@code GET /elements/voices/}, {@code {id, name, official, resource}} on an
 * element. Ids are numbers on the wire, kept as their exact text.
 *
 * @param resource undocumented object ({@code object} in useapi's model); read for a clip URL where it has one
 */
public record UseapiVoice(
        @JsonDeserialize(using = ExactTextDeserializer.class)
        String id,

        String name,
        Boolean official,
        JsonNode resource) {}
