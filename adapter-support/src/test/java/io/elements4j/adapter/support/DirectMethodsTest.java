package io.elements4j.adapter.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.Headers;
import feign.MethodMetadata;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import io.elements4j.adapter.support.ItemsApi.Item;
import io.elements4j.adapter.support.ItemsApi.NewItem;
import io.elements4j.domain.error.ElementsError;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.helpers.NOPLogger;

/**
 * The direct way a plain method's request is built ({@link DirectMethods}) against Feign's own handler: the same bytes
 * on the wire, the same answers and failures, and Feign's handler wherever a call needs what it alone does.
 */
class DirectMethodsTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** One method of each shape a vendor's interface uses, and some it might. */
    interface ShapesApi {

        @RequestLine("POST /items")
        Item create(NewItem item);

        @RequestLine(value = "GET /items/{id}", decodeSlash = false)
        Item item(@Param("id") String id);

        @RequestLine("GET /shelves/{shelf}/items/{id}")
        Item shelved(@Param("shelf") int shelf, @Param("id") String id);

        @RequestLine("PUT /items/{id}")
        String replace(@Param("id") String id, NewItem item);

        @RequestLine("GET /items/")
        String list(@QueryMap Map<String, Object> query);

        @RequestLine(value = "DELETE /items/{id}", decodeSlash = false)
        String delete(@Param("id") String id, @QueryMap Map<String, Object> query);

        @RequestLine("GET /items?q={q}&limit={limit}")
        String search(@Param("q") String q, @Param("limit") int limit);

        @RequestLine("GET /items?official=true&page={page}")
        String official(@Param("page") int page);

        @RequestLine("GET /items?official=true&page={page}")
        String officialAnd(@Param("page") int page, @QueryMap Map<String, Object> query);

        @RequestLine("POST /items/plain")
        @Headers("Accept: text/plain")
        String createPlain(NewItem item);

        default Item itemTwice(String id) {
            item(id);
            return item(id);
        }
    }

    private static final NewItem DRAFT = new NewItem("Lady in red", "idem-7f3c");

    private final String baseUrl = "http://localhost:" + vendor.getPort();

    /** A client on the direct way: its log is quiet. */
    private ShapesApi direct(VendorHttp.Builder http) {
        return http.logger(NOPLogger.NOP_LOGGER).build().client(ShapesApi.class);
    }

    /** The same client with its log on, so every call goes through Feign's own handler. */
    private ShapesApi feigns(VendorHttp.Builder http) {
        return http.logger(new RecordingLogger()).build().client(ShapesApi.class);
    }

    private VendorHttp.Builder http() {
        return TestVendor.at(baseUrl).http();
    }

    /** Method, URL, every header (values in order) and body of the one request {@code call} sent. */
    private String sent(ShapesApi api, Function<ShapesApi, Object> call) {
        vendor.resetRequests();
        call.apply(api);
        List<LoggedRequest> requests =
                vendor.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.getHeaders().all().forEach(h -> headers.put(h.key(), h.values()));
        return request.getMethod() + " " + request.getAbsoluteUrl() + "\n" + headers + "\n" + request.getBodyAsString();
    }

    /** A query map in the order given, which may hold a null value. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Function<ShapesApi, Object>> everyShape() {
        Map<String, Function<ShapesApi, Object>> calls = new LinkedHashMap<>();
        calls.put("a body", api -> api.create(DRAFT));
        calls.put("a path value", api -> api.item("task-8f2c.v1_~Z"));
        calls.put("a value Feign encodes", api -> api.item("a b/c?d"));
        calls.put("a value with non-ASCII letters", api -> api.item("élément"));
        calls.put("an empty value", api -> api.item(""));
        calls.put("a null value", api -> api.item(null));
        calls.put("two values, one a number", api -> api.shelved(-3, "x9"));
        calls.put("a value and a body", api -> api.replace("x9", DRAFT));
        calls.put("an empty query map", api -> api.list(Map.of()));

        calls.put("a value and an empty query map", api -> api.delete("e1", Map.of()));
        calls.put("a value and a query map", api -> api.delete("e1", Map.of("email", "a@b.example")));
        calls.put("a query template", api -> api.search("red", 5));
        calls.put("a query value Feign encodes", api -> api.search("red dress", 5));
        calls.put("a null query value", api -> api.search(null, 5));
        calls.put("a query literal", api -> api.official(3));
        calls.put("a query and a query map", api -> api.officialAnd(3, ordered("tag", "hero", "limit", 5)));
        calls.put("a query map naming a query parameter", api -> api.officialAnd(3, ordered("page", 9)));
        calls.put("a query map in its order", api -> api.list(ordered("pageNum", 2, "pageSize", 30, "all", true)));
        calls.put("a query map value Feign encodes", api -> api.list(ordered("email", "a@b.example")));
        calls.put("a query map with a null value", api -> api.list(ordered("tag", null)));
        calls.put("a query map with a list value", api -> api.list(ordered("tag", List.of("a", "b"))));
        calls.put("a header template", api -> api.createPlain(DRAFT));
        calls.put("a default method", api -> api.itemTwice("t1") != null ? api : api);
        return calls;
    }

    @Test
    void every_shape_sends_the_same_request_as_feigns_own_handler() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));
        ShapesApi direct = direct(http());
        ShapesApi feigns = feigns(http());

        everyShape().forEach((shape, call) -> {
            if (shape.equals("a default method")) {
                return; // sends two requests: compared below
            }
            assertThat(sent(direct, call)).as(shape).isEqualTo(sent(feigns, call));
        });
        assertThat(direct.itemTwice("t1")).isEqualTo(feigns.itemTwice("t1"));
    }

    @Test
    void a_fixed_header_goes_out_as_an_interceptors_header_did() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));
        Function<ShapesApi, Object> call = api -> api.create(DRAFT);

        String fixed = sent(direct(http().fixedHeader("X-Organization-ID", "org-7f3a")), call);
        String intercepted =
                sent(direct(http().interceptor(template -> template.header("X-Organization-ID", "org-7f3a"))), call);

        assertThat(fixed).isEqualTo(intercepted).contains("X-Organization-ID=[org-7f3a]");
    }

    @Test
    void plain_methods_take_the_direct_way_and_the_others_feigns() {
        TargetedContract contract = new TargetedContract(baseUrl);
        Map<String, Boolean> direct = new TreeMap<>();
        for (MethodMetadata method : contract.parseAndValidateMetadata(ShapesApi.class)) {
            direct.put(method.method().getName(), DirectMethods.isDirect(method, contract));
        }

        assertThat(direct)
                .containsEntry("create", true)
                .containsEntry("item", true)
                .containsEntry("shelved", true)
                .containsEntry("replace", true)
                .containsEntry("list", true)
                .containsEntry("delete", true)
                .containsEntry("search", true)
                .containsEntry("official", true)
                .containsEntry("officialAnd", true)
                .containsEntry("createPlain", false);
    }

    @Test
    void a_base_url_feign_must_split_leaves_every_method_to_feign() {
        TargetedContract contract = new TargetedContract(baseUrl + "/v1?tenant=7");
        for (MethodMetadata method : contract.parseAndValidateMetadata(ShapesApi.class)) {
            assertThat(DirectMethods.isDirect(method, contract))
                    .as(method.configKey())
                    .isFalse();
        }
    }

    /** Whether the request {@code call} sent was built by Feign's handler, seen from the signer's stack. */
    private static boolean builtByFeign(VendorHttp.Builder http, boolean logged, Function<ShapesApi, Object> call) {
        AtomicReference<Boolean> byFeign = new AtomicReference<>();
        http.signer(request -> {
            boolean feign = false;
            for (StackTraceElement frame : new Throwable().getStackTrace()) {
                feign |= frame.getClassName().equals("feign.SynchronousMethodHandler");
            }
            byFeign.set(feign);
            return HashMap.empty();
        });
        VendorHttp built = http.logger(logged ? new RecordingLogger() : NOPLogger.NOP_LOGGER)
                .build();
        call.apply(built.client(ShapesApi.class));
        return byFeign.get();
    }

    @Test
    void a_plain_call_does_not_go_through_feigns_handler_and_one_it_must_render_does() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));

        assertThat(builtByFeign(http(), false, api -> api.create(DRAFT))).isFalse();
        assertThat(builtByFeign(http(), false, api -> api.item("t-1"))).isFalse();
        assertThat(builtByFeign(http(), false, api -> api.delete("t-1", Map.of())))
                .isFalse();

        assertThat(builtByFeign(http(), false, api -> api.item("a/b"))).isTrue();
        assertThat(builtByFeign(http(), false, api -> api.search("red", 5))).isFalse();
        assertThat(builtByFeign(http(), false, api -> api.list(ordered("pageNum", 2, "pageSize", 30))))
                .isFalse();

        assertThat(builtByFeign(http(), false, api -> api.delete("t-1", Map.of("email", "a@b.example"))))
                .isTrue();
        assertThat(builtByFeign(http(), false, api -> api.search("red dress", 5)))
                .isTrue();
    }

    @Test
    void calls_go_through_feigns_handler_while_its_log_shows_them_or_with_interceptors() {
        vendor.stubFor(any(anyUrl()).willReturn(okJson("{\"id\": \"1\", \"name\": \"Lady in red\"}")));

        assertThat(builtByFeign(http(), true, api -> api.create(DRAFT))).isTrue();
        assertThat(builtByFeign(http().logLevel(feign.Logger.Level.NONE), true, api -> api.create(DRAFT)))
                .as("a log Feign does not write")
                .isFalse();
        assertThat(builtByFeign(
                        http().interceptor(template -> template.header("X-Tenant", "7")), false, api -> api.item("t")))
                .isTrue();
        assertThat(builtByFeign(http().fixedHeader("X-Tenant", "7"), false, api -> api.item("t")))
                .as("a fixed header, sent by the transport")
                .isFalse();
    }

    /** What {@code call} gives through {@link VendorHttp#call}, as text: the value, or the error. */
    private static String outcome(VendorHttp http, Function<ShapesApi, Object> call) {
        ShapesApi api = http.client(ShapesApi.class);
        Either<ElementsError, Object> result = http.call(CallKind.READ, () -> call.apply(api));
        return result.fold(ElementsError::toString, String::valueOf);
    }

    @Test
    void answers_and_failures_come_back_as_from_feigns_own_handler() throws Exception {
        List<String> seen = new ArrayList<>();
        String[][] answers = {
            {"200", "{\"id\": \"1\", \"name\": \"Lady in red\"}"},
            {"200", "{\"id\": 1"},
            {"200", ""},
            {"200", "<html><body>Bad gateway</body></html>"},
            {"404", "{\"error\": {\"code\": \"not_found\", \"message\": \"no such item\"}}"},
            {"429", "{\"error\": \"slow down\"}"},
            {"503", "<html>busy</html>"},
        };
        for (String[] answer : answers) {
            vendor.stubFor(any(anyUrl())
                    .willReturn(aResponse()
                            .withStatus(Integer.parseInt(answer[0]))
                            .withHeader("Content-Type", "application/json")
                            .withHeader("Retry-After", "1")
                            .withBody(answer[1])));
            TestVendor once = TestVendor.at(baseUrl).maxRetries(0);
            VendorHttp quiet = once.http().logger(NOPLogger.NOP_LOGGER).build();
            VendorHttp logged = once.http().logger(new RecordingLogger()).build();
            String direct = outcome(quiet, api -> api.item("t1"));
            assertThat(direct).as(answer[0] + " " + answer[1]).isEqualTo(outcome(logged, api -> api.item("t1")));
            seen.add(direct);
        }
        assertThat(seen).doesNotHaveDuplicates();

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TestVendor nowhere = TestVendor.at("http://localhost:" + closed).maxRetries(0);
        String refused = outcome(nowhere.http().logger(NOPLogger.NOP_LOGGER).build(), api -> api.create(DRAFT));
        assertThat(refused)
                .isEqualTo(outcome(nowhere.http().logger(new RecordingLogger()).build(), api -> api.create(DRAFT)))
                .contains("onnect");
    }
}
