package io.elements4j.sandbox.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain java.net.http calls against a simulator, as any Evolink client would make them. */
final class EvolinkHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final EvolinkSimulator vendor;

    EvolinkHttp(EvolinkSimulator vendor) {
        this.vendor = vendor;
    }

    /** A reply: status, the parsed JSON body and the raw text (for checks on exact number text). */
    record Reply(int status, JsonNode json, String text, HttpResponse<String> raw) {
        JsonNode error() {
            return json.path("error");
        }
    }

    Reply create(String body) {
        return send("POST", "/v1/videos/generations", body, EvolinkSimulator.API_KEY);
    }

    Reply task(String id) {
        return send("GET", "/v1/tasks/" + id, null, EvolinkSimulator.API_KEY);
    }

    /** Creates an element from the seed's image example and returns the task id. */
    String createdTaskId() {
        Reply reply = create(Bodies.IMAGE_REFER_EXAMPLE);
        if (reply.status() != 200) {
            throw new AssertionError("create failed: " + reply.text());
        }
        return reply.json().path("id").asText();
    }

    Reply send(String method, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(vendor.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json, response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
