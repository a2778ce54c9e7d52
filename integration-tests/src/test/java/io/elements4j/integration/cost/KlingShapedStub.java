package io.elements4j.integration.cost;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for Kling's element API on 127.0.0.1: every route answers the same bytes, shaped like Kling's documented
 * answers (https://app.klingai.com/global/dev/document-api), with ids above 2^53 and URLs as long as Kling's CDN
 * URLs. It answers on the server's own threads (WireMock's Jetty, as the sandbox's simulators), so none of its work
 * counts against the calling thread. The last request of each route is kept, for the floor to send again byte for
 * byte. (It once stood on the JDK's {@code HttpServer}, which was seen, rarely and under load, to leave a keep-alive
 * answer short, so that a read stalled for minutes.)
 */
final class KlingShapedStub implements AutoCloseable {

    static final String TASK_ID = "930810160078651477";
    static final String ELEMENT_ID = "863121023120580601";
    static final int LIST_SIZE = 100;
    /** The API key the facade is configured with; the answer to a lookup of {@link #MISSING_TASK_ID} echoes it. */
    static final String API_KEY = "guard-key-0123456789";

    static final String MISSING_TASK_ID = "930810160078651999";

    /** A request as it arrived. */
    record Seen(String method, URI uri, Map<String, List<String>> headers, byte[] body) {}

    private enum Route {
        CREATE("POST", "/v1/general/advanced-custom-elements", false, 200, envelope(submitted())),
        MISSING("GET", "/v1/general/advanced-custom-elements/" + MISSING_TASK_ID, false, 400, notFound()),
        TASK("GET", "/v1/general/advanced-custom-elements/", true, 200, envelope(task(1))),
        LIST("GET", "/v1/general/advanced-custom-elements", false, 200, envelope(page())),
        DELETE("POST", "/v1/general/delete-advanced-elements", false, 200, envelope(deleted()));

        final String method;
        final String path;
        final boolean prefix;
        final int status;
        final byte[] answer;

        Route(String method, String path, boolean prefix, int status, String answer) {
            this.method = method;
            this.path = path;
            this.prefix = prefix;
            this.status = status;
            this.answer = answer.getBytes(StandardCharsets.UTF_8);
        }

        boolean matches(String requestMethod, String requestPath) {
            return method.equals(requestMethod)
                    && (prefix
                            ? requestPath.startsWith(path) && requestPath.length() > path.length()
                            : requestPath.equals(path));
        }
    }

    private static final String ROUTER = "kling-shaped-routes";

    private final WireMockServer server;
    private final Map<String, Seen> lastSeen = new ConcurrentHashMap<>();

    KlingShapedStub() {
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensions(new Router()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(ROUTER)));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A facade on Kling's adapter, set up as a host app would, sending to this stub. */
    ElementsBuilder facade() {
        return Elements.builder()
                .provider("kling-official")
                .config(Map.of(
                        "elements.kling-official.base-url", baseUrl(), "elements.kling-official.api-key", API_KEY));
    }

    /** The last request whose path and method were {@code route}'s (create, missing, task, list, delete). */
    Seen lastSeen(String route) {
        Seen seen = lastSeen.get(route);
        if (seen == null) {
            throw new IllegalStateException("nothing was sent to the " + route + " route");
        }
        return seen;
    }

    /** Answers each request by its route, and keeps it as that route's last. */
    private final class Router implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            String method = request.getMethod().getName();
            URI uri = URI.create(request.getUrl());
            for (Route route : Route.values()) {
                if (route.matches(method, uri.getRawPath())) {
                    lastSeen.put(
                            route.name().toLowerCase(Locale.ROOT),
                            new Seen(method, uri, headers(request), request.getBody()));
                    return ResponseDefinitionBuilder.responseDefinition()
                            .withStatus(route.status)
                            .withHeader("Content-Type", "application/json")
                            .withBody(route.answer)
                            .build();
                }
            }
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(404)
                    .build();
        }

        private Map<String, List<String>> headers(Request request) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpHeader header : request.getHeaders().all()) {
                headers.put(header.key(), List.copyOf(header.values()));
            }
            return Map.copyOf(headers);
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return ROUTER;
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    // ---- Kling's answers -------------------------------------------------------------------------------------------

    private static String envelope(String data) {
        return "{\"code\":0,\"message\":\"SUCCEED\",\"request_id\":\"747654a5-4407-4da5-99a6-b80bebc8035c\",\"data\":"
                + data + "}";
    }

    /** Kling's answer to a lookup of a task it does not know, echoing the key it was sent (as a careless API may). */
    private static String notFound() {
        return "{\"code\":1202,\"message\":\"task not found for key " + API_KEY + "\","
                + "\"request_id\":\"5c4d8f0e-0b1a-4f0e-9d53-2f4c1a7b9e10\",\"data\":null}";
    }

    private static String submitted() {
        return "{\"task_id\":\"" + TASK_ID + "\",\"task_info\":{\"external_task_id\":"
                + "\"0f0b6a3c-9d8e-4a61-b1f2-6f5c2b7e9a11\"},\"task_status\":\"submitted\","
                + "\"created_at\":1773812605027,\"updated_at\":1773812605027}";
    }

    private static String deleted() {
        return "{\"task_id\":\"" + TASK_ID + "\",\"task_status\":\"succeed\"}";
    }

    private static String page() {
        StringBuilder records = new StringBuilder("[");
        for (int i = 0; i < LIST_SIZE; i++) {
            records.append(i == 0 ? "" : ",").append(task(i));
        }
        return records.append(']').toString();
    }

    /** A creation task that succeeded with one image element, two extra images and two tags. */
    private static String task(int i) {
        String element = "{\"element_id\":" + (863_121_023_120_580_600L + i) + ",\"element_name\":\"courier-" + i
                + "\",\"element_description\":\"Red-haired courier in a yellow raincoat, element " + i + "\","
                + "\"reference_type\":\"image_refer\",\"element_image_list\":{\"frontal_image\":\""
                + cdn(i, "frontal.jpg") + "\",\"refer_images\":[{\"image_url\":\"" + cdn(i, "side.jpg")
                + "\"},{\"image_url\":\"" + cdn(i, "back.jpg") + "\"}]},\"element_video_list\":{},"
                + "\"tag_list\":[{\"tag_id\":\"o_102\"},{\"tag_id\":\"o_105\"}],\"owned_by\":\"creator_"
                + (7_000_000 + i % 97) + "\",\"status\":\"succeed\"}";
        return "{\"task_id\":\"" + (930_810_160_078_651_476L + i) + "\",\"task_status\":\"succeed\","
                + "\"task_status_msg\":\"\",\"task_info\":{\"external_task_id\":\"0f0b6a3c-9d8e-4a61-b1f2-6f5c2b7e9a1"
                + (i % 10) + "\"},\"task_result\":{\"elements\":[" + element + "]},\"final_unit_deduction\":\"0\","
                + "\"final_balance_deduction\":{\"quota\":\"0\",\"list_price\":\"0\"},\"created_at\":"
                + (1_773_812_605_026L + i * 1000L) + ",\"updated_at\":" + (1_773_812_610_026L + i * 1000L) + "}";
    }

    private static String cdn(int i, String file) {
        return "https://s21-kling.klingai.com/ai-platform/kling/2026/03/18/" + Integer.toHexString(0x5f3a9c00 + i)
                + "-7d1e-4c2b-9a55-" + String.format("%012x", 0x2b7e9a10L + i) + "/" + file;
    }
}
