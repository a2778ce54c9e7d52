package io.elements4j.adapter.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.callback.CallbackRefusal;
import io.elements4j.ports.callback.IncomingCallback;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evolink's callback body is its task object: read into the task, and anything else refused as a value. */
class EvolinkCallbackTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    private Either<ElementsError, CreationTask> receive(String body) {
        return kit.receiveCallback(Map.of("Content-Type", "application/json"), body);
    }

    @Test
    void a_completed_task_names_its_element() {
        CreationTask task = receive("{\"id\": \"task-unified-1774000000-abcd1234\", \"status\": \"completed\","
                        + " \"progress\": 100, \"object\": \"video.generation.task\","
                        + " \"result_data\": [{\"element_id\": 860123456789012345}]}")
                .get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.elementIds().map(e -> e.value())).containsExactly("860123456789012345");
        assertThat(kit.elements()
                        .taskUpdates()
                        .latest(task.id())
                        .map(CreationTask::state)
                        .get())
                .isEqualTo(TaskState.SUCCEEDED);
    }

    @Test
    void a_failed_or_cancelled_task_says_why() {
        CreationTask failed = receive(
                        "{\"id\": \"task-unified-1774000000-abcd1235\", \"status\": \"failed\","
                                + " \"error\": {\"code\": \"content_policy_violation\", \"message\": \"blocked by safety filters\"}}")
                .get();
        CreationTask cancelled = receive("{\"id\": \"task-unified-1774000000-abcd1236\", \"status\": \"cancelled\"}")
                .get();

        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.failureReason().get()).contains("safety filters");
        assertThat(cancelled.state()).isEqualTo(TaskState.CANCELLED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html><body>502 Bad Gateway</body></html>",
                "",
                "[1, 2]",
                "{\"status\": \"completed\"}",
                "{\"id\": \"task-unified-1\", \"status\": \"teleported\"}",
                "{\"id\": \"task-unified-1\", \"status\": \"completed\", \"result_data\": []}",
                "{\"id\": "
            })
    void a_body_that_is_not_evolinks_is_a_typed_error(String body) {
        Either<ElementsError, CreationTask> read = receive(body);

        assertThat(read.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.message()).startsWith("the Evolink callback body"));
    }

    @Test
    void an_over_long_task_id_is_refused_quoting_a_short_prefix_and_nothing_is_kept() {
        String id = "task-unified-" + "9".repeat(60_000);

        Either<ElementsError, CreationTask> read = receive("{\"id\": \"" + id + "\", \"status\": \"processing\"}");

        assertThat(read.getLeft()).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(read.getLeft().message())
                .contains("task-unified-999", "(60013 characters)")
                .hasSizeLessThan(300);
        assertThat(kit.elements().taskUpdates().toString()).startsWith("TaskUpdates[0 tasks");
    }

    @Test
    void a_string_longer_than_any_callback_holds_is_refused_by_the_parser() {
        Either<ElementsError, CreationTask> read = receive("{\"id\": \"" + "9".repeat(500_000) + "\"}");

        assertThat(read.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.message())
                                .contains("beyond what a callback holds")
                                .hasSizeLessThan(300));
    }

    @Test
    void a_deeply_nested_body_is_a_typed_error_in_bounded_time() {
        String deep = "{\"id\": " + "[".repeat(500_000) + "]".repeat(500_000) + "}";

        Either<ElementsError, CreationTask> read =
                Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> receive(deep));

        assertThat(read.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.message())
                                .startsWith("the Evolink callback body")
                                .contains("nesting deeper than 32"));
    }

    @Test
    void a_body_over_the_limit_is_refused_before_the_adapter_reads_it() {
        Either<ElementsError, CreationTask> read = kit.elements()
                .receiveCallback(IncomingCallback.of(Map.of(), new byte[IncomingCallback.DEFAULT_MAX_BYTES + 1]));

        assertThat(read.getLeft()).isInstanceOf(ElementsError.InvalidRequest.class);
        assertThat(CallbackRefusal.httpStatus(read.getLeft())).isEqualTo(413);
        assertThat(read.getLeft().message()).contains("callback-max-bytes");
    }
}
