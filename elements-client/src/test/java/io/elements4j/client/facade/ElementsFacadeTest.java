package io.elements4j.client.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.time.Backoff;
import io.elements4j.ports.time.Deadline;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ElementsFacadeTest {

    private static final AwaitOptions FAST = new AwaitOptions(
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), 2.0, 0.0), Duration.ofMinutes(1), 0);

    private final VirtualTime time = VirtualTime.startingNow();

    private Elements facade(ScriptedProvider provider) {
        return Elements.builder()
                .provider(provider)
                .systemProperties(new Properties())
                .env(Map.of("KLING_API_KEY", "sk-facade-secret"))
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(1))
                .build();
    }

    private static ElementDraft validDraft() {
        return ElementDraft.image("Maeva", MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("A courier")
                .build();
    }

    @Test
    void an_invalid_draft_is_refused_with_every_violation_and_never_reaches_the_provider() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());
        ElementDraft invalid = ElementDraft.image("", MediaSource.url("ftp://example.com/a.gif"))
                .build();

        Either<ElementsError, CreationTask> result = facade(provider).submit(invalid);

        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.InvalidRequest.class,
                        e -> assertThat(e.violations()
                                        .map(v -> v.field())
                                        .distinct()
                                        .toJavaList())
                                .contains("name", "description", "references.extras", "references.frontal"));
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void an_element_kind_the_provider_cannot_make_is_Unsupported_before_any_rule() {
        ScriptedProvider provider = new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT);
        ElementDraft video = ElementDraft.video("Clip", MediaSource.url("https://example.com/a.mp4"))
                .build();

        assertThat(facade(provider).submit(video).getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.Unsupported.class,
                        e -> assertThat(e.capability()).isEqualTo(Capability.CREATE_VIDEO_ELEMENT));
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void an_operation_without_its_capability_is_Unsupported_without_calling_the_provider() {
        ScriptedProvider provider = new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT);
        Elements elements = facade(provider);

        assertThat(List.of(
                        elements.tags().getLeft(),
                        elements.voices().getLeft(),
                        elements.delete(ElementId.of("1")).getLeft(),
                        elements.task(CreationTaskId.of("t")).getLeft()))
                .allSatisfy(e -> {
                    assertThat(e).isInstanceOf(ElementsError.Unsupported.class);
                    assertThat(e.message()).contains("Scripted (kling-official) cannot");
                });
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void a_provider_that_throws_still_answers_with_a_value() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());

        assertThat(facade(provider).find(ElementId.of("1")).getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.ProviderFailure.class,
                        e -> assertThat(e.message())
                                .contains("IllegalStateException")
                                .contains("client bug"));
    }

    @Test
    void a_success_that_names_no_element_is_read_again() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());
        provider.successesWithoutElements = true;
        provider.taskStates.addAll(java.util.List.of(TaskState.SUCCEEDED, TaskState.SUCCEEDED));

        ElementsError error =
                facade(provider).createAndAwait(validDraft(), FAST).getLeft();

        assertThat(error).as("never a success without its elements").isInstanceOf(ElementsError.TaskStateUnknown.class);
    }

    @Test
    void an_ambiguous_create_answers_CreationUnknown_with_the_drafts_key() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());
        provider.onSubmit = () -> Either.left(new ElementsError.ProviderFailure(
                "connection reset after sending", 0, Option.none(), Option.none(), true, true));
        ElementDraft draft = validDraft();

        ElementsError error = facade(provider).createAndAwait(draft, FAST).getLeft();

        assertThat(error).isInstanceOfSatisfying(ElementsError.CreationUnknown.class, unknown -> {
            assertThat(unknown.idempotencyKey()).isEqualTo(draft.idempotencyKey());
            assertThat(unknown.message()).contains("connection reset after sending");
        });
    }

    @Test
    void every_call_runs_under_its_own_call_timeout() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());
        provider.taskStates.addAll(java.util.List.of(TaskState.PROCESSING, TaskState.SUCCEEDED));

        facade(provider).createAndAwait(validDraft(), FAST).get();

        assertThat(provider.deadlines)
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.isDefined()).isTrue());
        assertThat(Deadline.current().isEmpty()).as("closed after the call").isTrue();
    }

    @Test
    void create_and_await_polls_the_task_until_it_succeeds() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());
        provider.taskStates.addAll(java.util.List.of(TaskState.PROCESSING, TaskState.SUCCEEDED));

        Awaited<CreationTask> done =
                facade(provider).createAndAwait(validDraft(), FAST).get();

        assertThat(done.value().state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(provider.calls).containsExactly("submit", "task", "task");
    }

    @Test
    void a_task_that_succeeded_on_submission_needs_no_polling() {
        ScriptedProvider provider = new ScriptedProvider(Capability.CREATE_IMAGE_ELEMENT);
        provider.onSubmit = () -> Either.right(CreationTask.of(CreationTaskId.of("sync"), TaskState.SUCCEEDED));

        Awaited<CreationTask> done =
                facade(provider).createAndAwait(validDraft(), FAST).get();

        assertThat(done.attempts()).isZero();
        assertThat(provider.calls).containsExactly("submit");
    }

    @Test
    void a_failed_task_becomes_TaskFailed_with_the_vendors_reason() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());
        provider.taskStates.add(TaskState.FAILED);

        ElementsError error =
                facade(provider).createAndAwait(validDraft(), FAST).getLeft();

        assertThat(error).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(error.message()).contains("t-1").contains("no face found");
        assertThat(error.vendorCode())
                .as("the vendor's failure code, to branch on")
                .contains("no_subject");
    }

    @Test
    void the_credential_reaches_the_provider_from_the_vendors_env_name_and_stays_masked() {
        ScriptedProvider provider = new ScriptedProvider(Capability.values());

        facade(provider);

        assertThat(provider.lastConfigKey).contains("****");
    }
}
