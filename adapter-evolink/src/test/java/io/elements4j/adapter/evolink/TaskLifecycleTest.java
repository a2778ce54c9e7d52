package io.elements4j.adapter.evolink;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.domain.voice.VoiceBinding;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.time.Backoff;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.evolink.EvolinkSimulator;
import io.elements4j.sandbox.evolink.ResultDataShape;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Create, poll and await against the Evolink simulator: states, progress, element ids, failures. */
class TaskLifecycleTest {

    static final AwaitOptions AWAIT = new AwaitOptions(
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 2.0, 0.1), Duration.ofMinutes(5), 0);

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new EvolinkElementsProvider());

    final EvolinkSimulator vendor = kit.vendor(EvolinkSimulator.class);
    final VendorClient client = kit.client();
    final Elements elements = kit.elements();

    private CreationTaskId submitted() {
        return client.submit(kit.drafts().image("Courier").build()).get().id();
    }

    @Test
    void a_task_goes_from_submitted_through_processing_with_rising_progress_to_succeeded() {
        vendor.completeTasksAfterPolls(3);
        CreationTask submitted =
                client.submit(kit.drafts().image("Courier").build()).get();

        CreationTask first = client.task(submitted.id()).get();
        CreationTask second = client.task(submitted.id()).get();
        CreationTask third = client.task(submitted.id()).get();

        assertThat(submitted.state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(submitted.id().value()).matches("task-unified-\\d+-[a-z0-9]{8}");
        assertThat(first.state()).isEqualTo(TaskState.PROCESSING);
        assertThat(second.state()).isEqualTo(TaskState.PROCESSING);
        assertThat(first.progress().get()).isLessThan(second.progress().get());
        assertThat(third.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(third.progress()).contains(100);
        assertThat(third.elementIds()).hasSize(1);
    }

    @ParameterizedTest(name = "result_data as {0}")
    @EnumSource(ResultDataShape.class)
    void finds_the_element_id_exactly_in_each_shape_the_simulator_answers(ResultDataShape shape) {
        vendor.resultDataShape(shape);
        vendor.completeTasksAfterPolls(1);

        ElementId id = client.task(submitted()).get().elementIds().single();

        assertThat(new BigInteger(id.value())).isGreaterThan(BigInteger.TWO.pow(53));
        assertThat(vendor.journal().last().operation()).isEqualTo(Operation.TASK);
        assertThat(lastBodyText()).contains(id.value());
    }

    @Test
    void create_and_await_ends_with_the_new_element() {
        vendor.completeTasksAfterPolls(2);

        Awaited<CreationTask> done = elements.createAndAwait(
                        kit.drafts()
                                .video("Speaker", VoiceBinding.existing("829824295735410756"))
                                .build(),
                        AWAIT)
                .get();

        assertThat(done.value().state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(done.value().elementIds()).hasSize(1);
    }

    @Test
    void a_failed_task_ends_the_wait_with_task_failed_carrying_evolinks_reason_and_code() {
        vendor.completeTasksAfterPolls(2);
        vendor.failNextCreation("content_policy_violation", "Content policy violation.");

        Either<ElementsError, Awaited<CreationTask>> result =
                elements.createAndAwait(kit.drafts().image("Courier").build(), AWAIT);

        assertThat(result.getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(result.getLeft().message()).contains("Content policy violation.", "content_policy_violation");
        assertThat(result.getLeft().vendorCode()).contains("content_policy_violation");
    }

    @Test
    void a_cancelled_task_ends_the_wait_as_cancelled() {
        vendor.completeTasksAfterPolls(1);
        vendor.cancelNextCreation("stopped by the account owner");

        ElementsError error = elements.createAndAwait(
                        kit.drafts().image("Courier").build(), AWAIT)
                .getLeft();

        assertThat(error).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(error.message()).contains("cancelled", "stopped by the account owner");
    }

    @Test
    void an_unknown_task_is_not_found_and_a_foreign_id_is_an_invalid_request() {
        assertThat(client.task(CreationTaskId.of("task-unified-1757169743-zzzzzzzz"))
                        .getLeft())
                .isInstanceOf(ElementsError.NotFound.class);
        assertThat(client.task(CreationTaskId.of("863121023120580600")).getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        e -> assertThat(e.vendorCode()).contains("invalid_task_id"));
    }

    @Test
    void a_wrong_key_is_unauthorized() {
        VendorClient wrong = kit.client(kit.config().apiKey("sk-not-the-key"));

        ElementsError error =
                wrong.submit(kit.drafts().image("Courier").build()).getLeft();

        assertThat(error).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(error.message()).contains("Invalid or expired token").doesNotContain("sk-not-the-key");
    }

    /** The raw text of the finished task, asked for again (the journal keeps requests, not answers). */
    private String lastBodyText() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(vendor.baseUrl() + vendor.journal().last().path()))
                .header("Authorization", "Bearer " + vendor.credential())
                .build();
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
