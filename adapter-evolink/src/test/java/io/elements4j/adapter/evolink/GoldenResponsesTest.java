package io.elements4j.adapter.evolink;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.vavr.control.Either;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented (and every constructed) response body parses and maps to the task it describes. */
class GoldenResponsesTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    @RegisterExtension
    static final StubbedEvolink evolink = new StubbedEvolink();

    final VendorClient client = evolink.client(kit);

    private Either<ElementsError, CreationTask> read(String fixture) {
        evolink.taskAnswers(StubbedEvolink.json(200, fixture));
        return client.task(CreationTaskId.of(StubbedEvolink.TASK_ID));
    }

    @Test
    void the_documented_create_answer_is_a_submitted_task_with_its_id_progress_and_creation_time() {
        evolink.createAnswers(StubbedEvolink.json(200, "responses/create-pending.json"));

        CreationTask task = client.submit(kit.drafts().image("Courier").build()).get();

        assertThat(task.id()).isEqualTo(CreationTaskId.of("task-unified-1757169743-8dxnm6yz"));
        assertThat(task.state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(task.progress()).contains(0);
        assertThat(task.createdAt()).contains(Instant.ofEpochSecond(1_757_169_743L));
        assertThat(task.elementIds()).isEmpty();
        assertThat(task.failureReason()).isEmpty();
    }

    @Test
    void a_processing_task_keeps_its_progress() {
        CreationTask task = read("responses/task-processing.json").get();

        assertThat(task.state()).isEqualTo(TaskState.PROCESSING);
        assertThat(task.progress()).contains(45);
    }

    @Test
    void a_completed_task_with_an_array_of_numeric_ids_succeeds_with_the_id_digit_for_digit() {
        CreationTask task = read("responses/task-completed-array-number.json").get();

        assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(task.progress()).contains(100);
        // 863121023120580600 is above 2^53: a double would read it as 863121023120580608
        assertThat(task.elementIds()).containsExactly(ElementId.of("863121023120580600"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "responses/task-completed-object-number.json",
                "responses/task-completed-array-string.json",
                "responses/task-completed-nested.json"
            })
    void a_completed_task_yields_its_element_id_wherever_result_data_puts_it(String fixture) {
        assertThat(read(fixture).get().elementIds()).containsExactly(ElementId.of("863121023120580600"));
    }

    @Test
    void an_element_id_beyond_64_bits_is_not_a_kling_id_and_not_a_success() {
        ElementsError error = read("responses/task-completed-beyond-long.json").getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(error.message()).contains("98765432109876543210").contains("is not a Kling id");
    }

    @Test
    void a_completed_task_without_any_element_id_is_a_provider_failure_not_a_silent_success() {
        ElementsError error =
                read("responses/task-completed-no-element-id.json").getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, failure -> {
            assertThat(failure.retryable())
                    .as("a poll answered so is asked again")
                    .isTrue();
            assertThat(failure.ambiguous()).isFalse();
        });
        assertThat(error.message()).contains("task-unified-1757169743-8dxnm6yz", "completed", "no element_id");
    }

    @Test
    void the_documented_task_detail_example_of_an_image_model_has_no_element_and_is_refused_as_such() {
        ElementsError error = read("responses/task-detail-image-example.json").getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(error.message()).contains("task-unified-1756817821-4x3rx6ny", "no element_id");
    }

    @Test
    void the_documented_failed_task_keeps_evolinks_message_and_code_as_the_reason() {
        CreationTask task = read("responses/task-failed-content-policy.json").get();

        assertThat(task.state()).isEqualTo(TaskState.FAILED);
        assertThat(task.id()).isEqualTo(CreationTaskId.of("task-unified-1772618027-cmeisy8h"));
        assertThat(task.progress()).contains(0);
        assertThat(task.failureReason().get())
                .startsWith("Content policy violation.")
                .contains("blocked by safety filters")
                .endsWith("(content_policy_violation)");
        assertThat(task.createdAt()).isEmpty();
    }

    @Test
    void a_cancelled_task_is_cancelled_with_its_reason() {
        CreationTask task = read("responses/task-cancelled.json").get();

        assertThat(task.state()).isEqualTo(TaskState.CANCELLED);
        assertThat(task.failureReason()).contains("The task was cancelled (request_cancelled)");
    }

    @Test
    void a_status_elements4j_does_not_know_is_a_typed_failure_naming_it() {
        String body =
                resource("evolink/responses/task-processing.json").replace("\"processing\"", "\"queued_upstream\"");
        evolink.taskAnswers(okJson(body));

        ElementsError error =
                client.task(CreationTaskId.of(StubbedEvolink.TASK_ID)).getLeft();

        assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
        assertThat(error.message()).contains("queued_upstream");
    }

    @Test
    void unknown_fields_and_missing_optional_ones_are_fine() {
        evolink.taskAnswers(okJson(
                "{\"id\":\"" + StubbedEvolink.TASK_ID + "\",\"status\":\"pending\",\"brand_new\":{\"x\":[1,2]}}"));

        CreationTask task =
                client.task(CreationTaskId.of(StubbedEvolink.TASK_ID)).get();

        assertThat(task.state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(task.progress()).isEmpty();
        assertThat(task.createdAt()).isEmpty();
    }

    @Test
    void a_create_answer_with_an_id_but_an_unreadable_status_is_still_the_submitted_task() {
        evolink.createAnswers(okJson("{\"id\":\"" + StubbedEvolink.TASK_ID + "\",\"status\":\"queued\"}"));

        CreationTask task = client.submit(kit.drafts().image("Courier").build()).get();

        assertThat(task.id().value()).isEqualTo(StubbedEvolink.TASK_ID);
        assertThat(task.state()).isEqualTo(TaskState.SUBMITTED);
    }

    @Test
    void a_create_answer_without_a_task_id_is_an_ambiguous_failure_as_the_task_may_run() {
        evolink.createAnswers(okJson("{\"status\":\"pending\"}"));

        ElementsError error =
                client.submit(kit.drafts().image("Courier").build()).getLeft();

        assertThat(error)
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        failure -> assertThat(failure.ambiguous()).isTrue());
        assertThat(evolink.creates()).isEqualTo(1);
    }
}
