package io.elements4j.benchmarks.calls;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.RequestLine;
import io.elements4j.adapter.support.CallKind;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.benchmarks.fixtures.VendorBytes;
import io.elements4j.benchmarks.stub.LoopbackStub;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.Secret;
import io.vavr.control.Either;
import java.util.function.Function;

/**
 * adapter-support alone, without an adapter: {@link VendorHttp} (Feign on the JDK client, the shared mapper,
 * retries, redacting logger, error classification) reading the same bytes into a {@link JsonNode}. What any
 * adapter pays before its own mapping; if this misses the target, no adapter can meet it.
 */
final class SupportCases {

    interface ShapedApi {
        @RequestLine("GET /v1/general/advanced-custom-elements/{id}")
        JsonNode task(@Param("id") String id);

        @RequestLine("GET /v1/kling/elements/?pageNum={page}&pageSize={size}")
        JsonNode page(@Param("page") int page, @Param("size") int size);
    }

    private SupportCases() {}

    static CallCase create(String operation) {
        LoopbackStub stub = LoopbackStub.builder()
                .route(
                        "task",
                        "GET",
                        "/v1/general/advanced-custom-elements/[^/]+",
                        LoopbackStub.Canned.json(VendorBytes.klingTaskEnvelope(1, "succeed")))
                .route("list", "GET", "/v1/kling/elements/?", LoopbackStub.Canned.json(VendorBytes.useapiListPage(100)))
                .start();
        VendorHttp http = VendorHttp.builder(
                        "support",
                        ProviderConfig.builder("support")
                                .apiKey("bench-key-000000")
                                .build(),
                        stub.baseUrl())
                .bearer(Secret.of("bench-key-000000"))
                .build();
        ShapedApi api = http.client(ShapedApi.class);
        return switch (operation) {
            case "task" -> new Case(stub, "task", http, CallKind.READ, a -> a.task(VendorBytes.klingTaskId(1)), api);
            case "list" -> new Case(stub, "list", http, CallKind.READ, a -> a.page(1, 100), api);
            default -> throw new IllegalArgumentException("support has no operation " + operation);
        };
    }

    private record Case(
            LoopbackStub stub,
            String route,
            VendorHttp http,
            CallKind kind,
            Function<ShapedApi, JsonNode> request,
            ShapedApi api)
            implements CallCase {
        @Override
        public Object call() {
            Either<ElementsError, JsonNode> result = http.call(kind, () -> request.apply(api));
            return Calls.orThrow(result, "support " + route);
        }

        @Override
        public void close() {
            stub.close();
        }
    }
}
