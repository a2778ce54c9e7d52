package io.elements4j.benchmarks.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.benchmarks.stub.FloorClient;
import io.elements4j.benchmarks.stub.LoopbackStub;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every measured call works against its stub, sends one request, and the floor can replay it; nothing is timed. */
class CallCasesTest {

    static Stream<String> cases() {
        return CallCases.all().toJavaStream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void each_call_succeeds_with_one_request_and_the_floor_replays_it(String name) throws Exception {
        try (CallCase library = CallCases.create(name)) {
            LoopbackStub stub = library.stub();

            assertThat(library.call()).isNotNull();
            assertThat(library.call()).isNotNull();

            assertThat(stub.requestCount()).as("requests sent by two calls").isEqualTo(2);
            assertThat(stub.requestCount(library.route())).isEqualTo(2);
            LoopbackStub.Seen seen = stub.lastSeen(library.route()).orElseThrow();
            FloorClient floor = new FloorClient();
            assertThat(floor.send(floor.replayOf(seen, stub.baseUrl()))).isNotEmpty();
            assertThat(stub.requestCount(library.route())).isEqualTo(3);
        }
    }

    @org.junit.jupiter.api.Test
    void every_adapter_operation_it_supports_is_measured() {
        assertThat(CallCases.all())
                .contains(
                        "kling-official/submit",
                        "kling-official/task",
                        "kling-official/list",
                        "kling-official/delete",
                        "useapi/submit",
                        "useapi/list",
                        "useapi/delete",
                        "evolink/submit",
                        "evolink/task",
                        "gmi-cloud/submit",
                        "gmi-cloud/task");
    }
}
