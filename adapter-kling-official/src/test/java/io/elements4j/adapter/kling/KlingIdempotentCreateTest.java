package io.elements4j.adapter.kling;

import static io.elements4j.conformance.ProviderTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One draft never makes two elements: an ambiguous create is looked up by its external_task_id before any re-send. */
class KlingIdempotentCreateTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final KlingSimulator kling = kit.vendor(KlingSimulator.class);
    final VendorClient client = kit.client();
    final ElementDraft draft = kit.drafts().image("Maeva").build();

    String key() {
        return draft.idempotencyKey().value();
    }

    @ParameterizedTest(name = "HTTP {0} / code {1}")
    @CsvSource({"500, 5000", "504, 5002"})
    void an_ambiguous_server_error_is_looked_up_then_sent_once_more_under_the_same_id(int status, String code) {
        kling.injectFault(Operation.CREATE, Fault.status(status, code, "internal error"), 1);

        CreationTask task = client.submit(draft).get();

        assertThat(kling.journal().map(RecordedRequest::operation))
                .containsExactly(Operation.CREATE, Operation.TASK, Operation.CREATE);
        assertThat(kit.sent(Operation.TASK).head().path()).isEqualTo("/v1/general/advanced-custom-elements/" + key());
        assertThat(kit.sent(Operation.CREATE).map(r -> json(r.body())))
                .allSatisfy(body -> assertThat(body)
                        .isEqualTo(json(kit.sent(Operation.CREATE).head().body())));
        assertThat(task.idempotencyKey()).contains(draft.idempotencyKey());
    }

    @Test
    void a_create_cut_off_after_kling_accepted_it_is_recovered_without_sending_it_again() {
        kling.injectFault(Operation.CREATE, Fault.connectionReset(), 1);

        CreationTask task = client.submit(draft).get();

        assertThat(kling.count(Operation.CREATE)).isEqualTo(1);
        assertThat(kling.journal().map(RecordedRequest::operation)).containsExactly(Operation.CREATE, Operation.TASK);
        assertThat(task.idempotencyKey()).contains(draft.idempotencyKey());
    }

    @Test
    void an_unreadable_create_answer_is_recovered_by_lookup() {
        kling.injectFault(Operation.CREATE, Fault.malformedBody(200), 1);

        Either<ElementsError, CreationTask> result = client.submit(draft);

        assertThat(result.isRight()).as("%s", result).isTrue();
        assertThat(kling.journal().map(RecordedRequest::operation)).startsWith(Operation.CREATE, Operation.TASK);
    }

    @Test
    void a_create_answered_http_200_with_code_5000_is_ambiguous_too() {
        kling.injectFault(Operation.CREATE, Fault.status(200, "5000", "internal error"), 1);

        assertThat(client.submit(draft).isRight()).isTrue();
        assertThat(kling.journal().map(RecordedRequest::operation))
                .containsExactly(Operation.CREATE, Operation.TASK, Operation.CREATE);
    }

    @Test
    void submitting_the_same_draft_again_resolves_to_the_existing_task() {
        CreationTask first = client.submit(draft).get();

        CreationTask second = client.submit(draft).get();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(kling.count(Operation.CREATE)).isEqualTo(2);
        assertThat(kit.last(Operation.TASK).path()).endsWith("/" + key());
    }

    @Test
    void when_a_whole_lookup_fails_too_it_is_looked_up_again_and_recovered_without_a_second_create() {
        kling.injectFault(Operation.CREATE, Fault.connectionReset(), 1);
        kling.injectFault(Operation.TASK, Fault.status(500, "5000", "internal error"), 3);

        CreationTask task = client.submit(draft).get();

        assertThat(task.idempotencyKey()).contains(draft.idempotencyKey());
        assertThat(kling.count(Operation.CREATE)).isEqualTo(1);
        assertThat(kling.count(Operation.TASK))
                .as("3 failed attempts, then the next round finds it")
                .isEqualTo(4);
    }

    @Test
    void a_resent_create_whose_answer_is_lost_again_is_looked_up_again() {
        kling.injectFault(Operation.CREATE, Fault.connectionResetBeforeProcessing(), 1);
        kling.injectFault(Operation.CREATE, Fault.connectionReset(), 1);

        CreationTask task = client.submit(draft).get();

        assertThat(task.idempotencyKey()).contains(draft.idempotencyKey());
        assertThat(kling.count(Operation.CREATE))
                .as("the first never arrived; the second did")
                .isEqualTo(2);
        assertThat(kling.creations().size()).isEqualTo(1);
    }

    @Test
    void when_kling_never_answers_a_lookup_the_create_stays_ambiguous_and_says_how_to_look_later() {
        kling.injectFault(Operation.CREATE, Fault.connectionReset(), 1);
        kling.injectFault(Operation.TASK, Fault.status(500, "5000", "internal error"), 10_000);

        ElementsError error = client.submit(draft).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.ProviderFailure.class, f -> {
            assertThat(f.ambiguous()).isTrue();
            assertThat(f.message()).contains("external_task_id " + key()).contains("task(\"" + key() + "\")");
        });
        assertThat(kling.count(Operation.CREATE)).isEqualTo(1);
        assertThat(kling.count(Operation.TASK))
                .as("looked up round after round until the call-timeout")
                .isGreaterThan(6);
    }

    @Test
    void maintenance_5001_is_retried_because_nothing_was_accepted() {
        kling.injectFault(Operation.CREATE, Fault.status(503, "5001", "under maintenance"), 1);

        assertThat(client.submit(draft).isRight()).isTrue();
        assertThat(kling.journal().map(RecordedRequest::operation)).containsExactly(Operation.CREATE, Operation.CREATE);
    }

    @Test
    void a_concurrency_limit_1303_is_waited_out_and_retried() {
        kling.injectFault(
                Operation.CREATE,
                Fault.status(429, "1303", "parallel task over resource pack limit", Duration.ofSeconds(4)),
                1);
        Duration before = kit.time().totalSlept();

        assertThat(client.submit(draft).isRight()).isTrue();
        assertThat(kling.count(Operation.CREATE)).isEqualTo(2);
        assertThat(kit.time().totalSlept().minus(before)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void an_exhausted_resource_pack_1102_is_not_retried() {
        kling.injectFault(Operation.CREATE, Fault.status(429, "1102", "resource pack exhausted"), 1);

        assertThat(client.submit(draft).getLeft()).isInstanceOf(ElementsError.InsufficientCredits.class);
        assertThat(kling.journal().map(RecordedRequest::operation)).containsExactly(Operation.CREATE);
    }

    @Test
    void a_refused_create_is_reported_without_a_lookup() {
        kling.injectFault(Operation.CREATE, Fault.status(400, "1301", "content-safety policy"), 1);

        assertThat(client.submit(draft).getLeft()).isInstanceOf(ElementsError.PolicyRejected.class);
        assertThat(kling.journal().map(RecordedRequest::operation)).containsExactly(Operation.CREATE);
    }
}
