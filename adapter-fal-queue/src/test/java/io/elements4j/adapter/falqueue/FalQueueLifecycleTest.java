package io.elements4j.adapter.falqueue;

import static io.elements4j.conformance.ProviderTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.queue.FalQueueSimulator;
import io.elements4j.sandbox.queue.OutcomeShape;
import io.vavr.collection.List;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A request's life on the simulated queue, polled through the adapter. */
class FalQueueLifecycleTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new FalQueueElementsProvider());

    final FalQueueSimulator vendor = kit.vendor(FalQueueSimulator.class);
    final VendorClient client = kit.client();

    /** The element id exactly as the queue's own JSON text has it. */
    private String rawElementId(CreationTask task) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(vendor.configuration()
                                        .get("elements.gmi-cloud.base-url")
                                        .get() + "/requests/" + task.id().value()))
                .header("Authorization", "Bearer " + vendor.credential())
                .build();
        String body = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode id = json(body).findValue("element_id");
        return id.isTextual() ? id.textValue() : id.bigIntegerValue().toString();
    }

    @Test
    void moves_queued_processing_processing_succeeded_over_polls() {
        vendor.completeTasksAfterPolls(4);
        CreationTask submitted =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        List<TaskState> states =
                List.range(0, 4).map(i -> client.task(submitted.id()).get().state());

        assertThat(submitted.state()).isEqualTo(TaskState.QUEUED);
        assertThat(states)
                .containsExactly(TaskState.QUEUED, TaskState.PROCESSING, TaskState.PROCESSING, TaskState.SUCCEEDED);
    }

    @ParameterizedTest
    @EnumSource(OutcomeShape.class)
    void every_outcome_shape_of_the_simulator_yields_the_exact_id_above_2_to_the_53(OutcomeShape shape)
            throws Exception {
        vendor.outcomeShape(shape);
        vendor.completeTasksAfterPolls(1);
        CreationTask submitted =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        CreationTask done = client.task(submitted.id()).get();

        assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(done.elementIds()).containsExactly(ElementId.of(rawElementId(done)));
        assertThat(new BigInteger(done.elementIds().head().value())).isGreaterThan(BigInteger.TWO.pow(53));
    }

    @Test
    void an_id_sent_as_a_string_is_kept_as_is() throws Exception {
        vendor.elementIdsAsStrings(true);
        vendor.completeTasksAfterPolls(1);
        CreationTask submitted =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        CreationTask done = client.task(submitted.id()).get();

        assertThat(done.elementIds()).containsExactly(ElementId.of(rawElementId(done)));
    }

    @Test
    void a_failed_request_reports_the_queues_reason() {
        vendor.completeTasksAfterPolls(1);
        vendor.failNextCreation("the frontal image shows no subject");
        CreationTask submitted =
                client.submit(kit.drafts().image("Detective Mara").build()).get();

        CreationTask failed = client.task(submitted.id()).get();

        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.failureReason()).contains("the frontal image shows no subject");
    }

    @Test
    void a_task_the_queue_does_not_know_is_not_found() {
        assertThat(client.task(CreationTaskId.of("550e8400-e29b-41d4-a716-446655440000"))
                        .getLeft())
                .isInstanceOf(ElementsError.NotFound.class);
    }
}
