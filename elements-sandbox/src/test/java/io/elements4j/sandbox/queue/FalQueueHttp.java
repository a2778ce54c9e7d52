package io.elements4j.sandbox.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain java.net.http against a simulator, with the credential it accepts unless told otherwise. */
final class FalQueueHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final FalQueueSimulator vendor;
    private final HttpClient http = HttpClient.newHttpClient();

    FalQueueHttp(FalQueueSimulator vendor) {
        this.vendor = vendor;
    }

    /** Where the adapter is pointed: the simulator's base URL plus GMI's path prefix. */
    String base() {
        return vendor.configuration().get("elements.gmi-cloud.base-url").get();
    }

    Answer submit(String body) {
        return send("POST", base() + "/requests", body, "Bearer " + vendor.credential());
    }

    Answer submit(JsonNode body) {
        return submit(body.toString());
    }

    Answer poll(String requestId) {
        return send("GET", base() + "/requests/" + requestId, null, "Bearer " + vendor.credential());
    }

    /** Submits a valid request and returns its id. */
    String submitted(JsonNode body) {
        Answer answer = submit(body);
        if (answer.status() != 200) {
            throw new AssertionError("setup submit failed: " + answer);
        }
        return answer.json().get("request_id").asText();
    }

    Answer send(String method, String url, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request body from {@code src/test/resources/queue/}. */
    static ObjectNode fixture(String name) {
        try (InputStream in = FalQueueHttp.class.getResourceAsStream("/queue/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String errorMessage() {
            return json().path("error").path("message").asText();
        }
    }
}
