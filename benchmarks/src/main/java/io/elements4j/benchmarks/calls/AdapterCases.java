package io.elements4j.benchmarks.calls;

import io.elements4j.benchmarks.fixtures.Drafts;
import io.elements4j.benchmarks.fixtures.VendorBytes;
import io.elements4j.benchmarks.stub.LoopbackStub;
import io.elements4j.benchmarks.stub.LoopbackStub.Canned;
import io.elements4j.client.Elements;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.spi.ElementsProvider;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The four adapters' calls through the {@link Elements} facade, each against a stub serving that vendor's documented
 * bytes ({@link VendorBytes}). Only the operations a provider declares are measured: submit (create an image
 * element), task (look a creation task up), list (one 100-element page) and delete.
 */
final class AdapterCases {

    private static final String KEY = "bench-key-0123456789";

    /** Operation → the capability it needs. */
    private static final Map<String, Capability> OPERATIONS = new LinkedHashMap<>(Map.of(
            "submit", Capability.CREATE_IMAGE_ELEMENT,
            "task", Capability.TASK_QUERY,
            "list", Capability.LIST,
            "delete", Capability.DELETE));

    private static final java.util.List<String> PROVIDERS =
            java.util.List.of("kling-official", "useapi", "evolink", "gmi-cloud");

    private AdapterCases() {}

    /** {@code provider/operation} for every operation each provider on the class path supports. */
    static Seq<String> supported() {
        Map<String, ElementsProvider> found = new HashMap<>();
        ServiceLoader.load(ElementsProvider.class)
                .forEach(p -> found.put(p.metadata().id(), p));
        List<String> cases = List.empty();
        for (String id : PROVIDERS) {
            ElementsProvider provider = found.get(id);
            if (provider == null) {
                continue;
            }
            for (String operation : java.util.List.of("submit", "task", "list", "delete")) {
                if (provider.metadata().supports(OPERATIONS.get(operation))) {
                    cases = cases.append(id + "/" + operation);
                }
            }
        }
        return cases;
    }

    static CallCase create(String provider, String operation) {
        Vendor vendor = switch (provider) {
            case "kling-official" -> kling();
            case "useapi" -> useapi();
            case "evolink" -> evolink();
            case "gmi-cloud" -> queue();
            default -> throw new IllegalArgumentException("no adapter " + provider);
        };
        LoopbackStub stub = vendor.stub.start();
        Elements elements = facade(provider, vendor, stub);
        if (!elements.provider().supports(OPERATIONS.get(operation))) {
            throw new IllegalArgumentException(provider + " does not support " + operation);
        }
        // A host app submits a new draft each time, so the facade's validation runs in full (the adapter's repeat of
        // it is remembered): distinct draft objects, in turn, more than the rules remember.
        ElementDraft[] drafts = new ElementDraft[DRAFTS];
        Arrays.setAll(drafts, i -> Drafts.courier());
        int[] next = {0};
        Function<Elements, Either<ElementsError, ?>> call = switch (operation) {
            case "submit" -> e -> e.submit(drafts[next[0]++ & (DRAFTS - 1)]);
            case "task" -> e -> e.task(CreationTaskId.of(vendor.taskId));
            case "list" -> e -> e.list(ElementFilter.all(), PageRequest.of(1, 100));
            case "delete" -> e -> e.delete(ElementId.of(vendor.elementId));
            default -> throw new IllegalArgumentException("no operation " + operation);
        };
        return new FacadeCase(provider + "/" + operation, stub, operation, elements, call);
    }

    /** The facade a host app builds for {@code provider}, pointed at {@code stub}. */
    static Elements facade(String provider, Vendor vendor, LoopbackStub stub) {
        return Elements.builder()
                .provider(provider)
                .config(Map.of(
                        "elements." + provider + ".base-url",
                        stub.baseUrl() + vendor.basePath,
                        "elements." + provider + ".api-key",
                        KEY))
                .build();
    }

    private static final int DRAFTS = 1024;

    /** A vendor's stub routes (named submit, task, list, delete), the base path and the ids its bytes carry. */
    record Vendor(LoopbackStub.Builder stub, String basePath, String taskId, String elementId) {}

    static Vendor kling() {
        return new Vendor(
                LoopbackStub.builder()
                        .route(
                                "submit",
                                "POST",
                                "/v1/general/advanced-custom-elements",
                                Canned.json(VendorBytes.klingSubmitted(1)))
                        .route(
                                "task",
                                "GET",
                                "/v1/general/advanced-custom-elements/.+",
                                Canned.json(VendorBytes.klingTaskEnvelope(1, "succeed")))
                        .route(
                                "list",
                                "GET",
                                "/v1/general/advanced-custom-elements",
                                Canned.json(VendorBytes.klingListPage(100)))
                        .route(
                                "delete",
                                "POST",
                                "/v1/general/delete-advanced-elements",
                                Canned.json(VendorBytes.klingDeleted(1))),
                "",
                VendorBytes.klingTaskId(1),
                VendorBytes.klingElementId(1));
    }

    private static Vendor useapi() {
        return new Vendor(
                LoopbackStub.builder()
                        .route("submit", "POST", "/v1/kling/elements/?", Canned.json(VendorBytes.useapiCreated(1)))
                        .route("list", "GET", "/v1/kling/elements/?", Canned.json(VendorBytes.useapiListPage(100)))
                        .route(
                                "delete",
                                "DELETE",
                                "/v1/kling/elements/[^/]+",
                                Canned.json(VendorBytes.useapiDeleted())),
                "/v1/kling",
                "unused",
                VendorBytes.useapiElementId(1));
    }

    private static Vendor evolink() {
        return new Vendor(
                LoopbackStub.builder()
                        .route("submit", "POST", "/v1/videos/generations", Canned.json(VendorBytes.evolinkPending(1)))
                        .route("task", "GET", "/v1/tasks/.+", Canned.json(VendorBytes.evolinkCompleted(1))),
                "",
                VendorBytes.evolinkTaskId(1),
                "unused");
    }

    private static Vendor queue() {
        return new Vendor(
                LoopbackStub.builder()
                        .route("submit", "POST", "/requests", Canned.json(VendorBytes.queueQueued(1)))
                        .route("task", "GET", "/requests/.+", Canned.json(VendorBytes.queueSucceeded(1))),
                "",
                VendorBytes.queueRequestId(1),
                "unused");
    }

    private record FacadeCase(
            String name,
            LoopbackStub stub,
            String route,
            Elements elements,
            Function<Elements, Either<ElementsError, ?>> operation)
            implements CallCase {
        @Override
        public Object call() {
            return Calls.orThrow(operation.apply(elements), name);
        }

        @Override
        public void close() {
            elements.close();
            stub.close();
        }
    }
}
