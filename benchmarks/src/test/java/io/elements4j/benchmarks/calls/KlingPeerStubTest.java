package io.elements4j.benchmarks.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.benchmarks.stub.LoopbackStub;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Node peer replays is what the library sent: each of the four calls, its query and its JSON body. */
class KlingPeerStubTest {

    @Test
    void the_document_holds_the_four_exchanges_the_library_made_in_the_order_a_user_meets_them() {
        AdapterCases.Vendor kling = AdapterCases.kling();
        try (LoopbackStub stub = kling.stub().start()) {
            JsonNode document = KlingPeerStub.exchangesOf(stub, kling);

            assertThat(document.path("baseUrl").asText()).isEqualTo(stub.baseUrl());
            assertThat(document.path("taskId").asText()).isEqualTo(kling.taskId());
            List<String> calls = new ArrayList<>();
            document.path("exchanges")
                    .forEach(exchange -> calls.add(exchange.path("operation").asText() + " "
                            + exchange.path("method").asText() + " "
                            + exchange.path("path").asText()));
            assertThat(calls)
                    .containsExactly(
                            "create POST /v1/general/advanced-custom-elements",
                            "task GET /v1/general/advanced-custom-elements/" + kling.taskId(),
                            "list GET /v1/general/advanced-custom-elements",
                            "delete POST /v1/general/delete-advanced-elements");

            JsonNode create = document.path("exchanges").path(0);
            assertThat(create.path("body").path("element_name").asText()).isEqualTo("Courier");
            JsonNode list = document.path("exchanges").path(2);
            assertThat(list.path("query").path("pageSize").asText()).isEqualTo("100");
            assertThat(list.path("body").isNull()).as("a GET has no body").isTrue();
            assertThat(stub.requestCount()).as("one call each, nothing else").isEqualTo(4);
        }
    }
}
