package io.elements4j.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/** What a simulator answers: status, headers and body text. */
public record SimResponse(int status, Map<String, String> headers, String body) {

    public static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, LinkedHashMap.of("Content-Type", "application/json"), SimJson.write(body));
    }

    public static SimResponse ok(JsonNode body) {
        return json(200, body);
    }

    public SimResponse withHeader(String name, String value) {
        return new SimResponse(status, headers.put(name, value), body);
    }
}
