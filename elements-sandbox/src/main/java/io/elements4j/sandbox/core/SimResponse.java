package io.elements4j.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/** What a simulator answers: status, headers and body text. */
public record SimResponse(int status, Map<String, String> headers, String body) {

    /**
     * A sim response: json.
     *
     * @return A sim response: json
     */
    public static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, LinkedHashMap.of("Content-Type", "application/json"), SimJson.write(body));
    }

    /**
     * A sim response: ok.
     *
     * @return A sim response: ok
     */
    public static SimResponse ok(JsonNode body) {
        return json(200, body);
    }

    /**
     * A copy with the given header.
     *
     * @param value the header
     * @return A copy with the given header
     */
    public SimResponse withHeader(String name, String value) {
        return new SimResponse(status, headers.put(name, value), body);
    }
}
