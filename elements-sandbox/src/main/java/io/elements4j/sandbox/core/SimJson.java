package io.elements4j.sandbox.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import io.vavr.control.Try;

/** JSON for the simulators: building answers and reading requests, with no exceptions escaping. */
public final class SimJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimJson() {}

    /**
     * The object.
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * The array.
     */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Write.
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write simulator JSON", e);
        }
    }

    /**
     * The body as a JSON object, or none when it is not one.
     *
     * @return the body as a JSON object, or none when it is not one
     */
    public static Option<ObjectNode> readObject(String body) {
        return Try.of(() -> MAPPER.readTree(body))
                .toOption()
                .filter(JsonNode::isObject)
                .map(ObjectNode.class::cast);
    }

    /**
     * A text field, or none when it is absent, null, or blank.
     *
     * @param field where in the draft, such as {@code references.extras[2]}
     * @return a text field, or none when it is absent, null, or blank
     */
    public static Option<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Option.none() : Option.of(value.asText());
    }
}
