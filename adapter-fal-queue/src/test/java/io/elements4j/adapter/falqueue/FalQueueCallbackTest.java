package io.elements4j.adapter.falqueue;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.vavr.control.Either;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The queue's webhook body is undocumented: read leniently as its request object, or the fal-style webhook. */
class FalQueueCallbackTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    private Either<ElementsError, CreationTask> receive(String body) {
        return kit.receiveCallback(Map.of(), body);
    }

    @Test
    void the_request_object_is_read_as_its_lookup_is() {
        CreationTask task = receive(
                        "{\"request_id\": \"550e8400-e29b-41d4-a716-446655440000\", \"status\": \"success\","
                                + " \"outcome\": {\"element\": {\"element_id\": 860123456789012345, \"element_name\": \"Maeva\"}}}")
                .get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elementIds().map(e -> e.value())).containsExactly("860123456789012345");
    }

    @Test
    void a_fal_style_webhook_is_read_too() {
        CreationTask ok = receive(
                        "{\"request_id\": \"550e8400-e29b-41d4-a716-446655440001\", \"gateway_request_id\": \"g\","
                                + " \"status\": \"OK\", \"payload\": {\"element\": {\"element_id\": \"860123456789012346\"}}}")
                .get();
        CreationTask error = receive("{\"request_id\": \"550e8400-e29b-41d4-a716-446655440002\", \"status\": \"ERROR\","
                        + " \"error\": \"no face found\", \"payload\": {}}")
                .get();

        assertThat(ok.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(ok.elementIds().map(e -> e.value())).containsExactly("860123456789012346");
        assertThat(error.state()).isEqualTo(TaskState.FAILED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html>bad gateway</html>",
                "{\"status\": \"success\"}",
                "{\"request_id\": \"r\"," + " \"status\": \"warping\"}",
                "{\"request_id\": \"r\", \"status\": \"success\", \"outcome\": {}}",
                "null"
            })
    void a_body_that_is_not_the_queues_is_a_typed_error(String body) {
        assertThat(receive(body).getLeft()).isInstanceOf(ElementsError.ProviderFailure.class);
    }

    @Test
    void an_over_long_request_id_is_refused_quoting_a_short_prefix() {
        ElementsError error = receive("{\"request_id\": \"" + "r".repeat(60_000) + "\", \"status\": \"queued\"}")
                .getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(error.message()).contains("(60000 characters)").hasSizeLessThan(300);
        assertThat(kit.elements().taskUpdates().toString()).startsWith("TaskUpdates[0 tasks");
    }
}
