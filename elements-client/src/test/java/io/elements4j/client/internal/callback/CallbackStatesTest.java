package io.elements4j.client.internal.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.internal.waiter.Pushes;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallbackStatesTest {

    private static final CreationTaskId ID = CreationTaskId.of("t-1");
    private final CallbackStates updates = new CallbackStates();

    private static CreationTask task(TaskState state) {
        return CreationTask.of(ID, state);
    }

    private static CreationTask succeeded(String element) {
        return task(TaskState.SUCCEEDED).withElementIds(List.of(ElementId.of(element)));
    }

    @Test
    void a_late_processing_never_undoes_a_success() {
        updates.publish(task(TaskState.PROCESSING));
        updates.publish(succeeded("e-1"));
        CreationTask after = updates.publish(task(TaskState.PROCESSING));

        assertThat(after.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(updates.latest(ID).map(CreationTask::state)).isEqualTo(Option.some(TaskState.SUCCEEDED));
    }

    @Test
    void the_first_terminal_state_wins_unless_a_later_success_names_the_elements() {
        updates.publish(task(TaskState.SUCCEEDED));
        updates.publish(succeeded("e-1"));
        updates.publish(task(TaskState.FAILED));
        updates.publish(succeeded("e-2"));

        assertThat(updates.latest(ID).get().elementIds()).containsExactly(ElementId.of("e-1"));
    }

    @Test
    void subscribers_hear_of_changes_only_and_stop_when_closed() {
        AtomicInteger heard = new AtomicInteger();
        Pushes.Subscription subscription = updates.subscribe(ID, heard::incrementAndGet);

        updates.publish(task(TaskState.PROCESSING));
        updates.publish(succeeded("e-1"));
        updates.publish(task(TaskState.PROCESSING));
        subscription.close();
        updates.publish(succeeded("e-1"));

        assertThat(heard).hasValue(2);
        assertThat(updates.listening()).isZero();
    }

    @Test
    void old_states_nobody_waits_for_are_forgotten_first() {
        CallbackStates small = new CallbackStates(2, CallbackStates.DEFAULT_MAX_BYTES);
        small.subscribe(CreationTaskId.of("a"), () -> {});
        small.publish(CreationTask.of(CreationTaskId.of("a"), TaskState.PROCESSING));
        small.publish(CreationTask.of(CreationTaskId.of("b"), TaskState.PROCESSING));
        small.publish(CreationTask.of(CreationTaskId.of("c"), TaskState.PROCESSING));

        assertThat(small.latest(CreationTaskId.of("a")).isDefined()).isTrue();
        assertThat(small.latest(CreationTaskId.of("b")).isEmpty()).isTrue();
        assertThat(small.latest(CreationTaskId.of("c")).isDefined()).isTrue();
    }

    @Test
    void the_record_is_bounded_in_bytes_as_well_as_in_tasks() {
        String megabyte = "x".repeat(1 << 20);
        for (int i = 0; i < 200; i++) {
            updates.publish(CreationTask.of(CreationTaskId.of("t-" + i), TaskState.FAILED)
                    .withFailureReason(megabyte));
        }

        assertThat(updates.bytesKept()).isLessThanOrEqualTo(CallbackStates.DEFAULT_MAX_BYTES);
        assertThat(updates.latest(CreationTaskId.of("t-199")))
                .as("the latest is kept")
                .isNotEmpty();
        assertThat(updates.latest(CreationTaskId.of("t-0")))
                .as("the oldest is forgotten")
                .isEmpty();
    }

    @Test
    void a_state_someone_waits_for_is_kept_whatever_it_costs() {
        CallbackStates small = new CallbackStates(10, 1_000);
        small.subscribe(CreationTaskId.of("awaited"), () -> {});

        small.publish(
                CreationTask.of(CreationTaskId.of("awaited"), TaskState.FAILED).withFailureReason("x".repeat(5_000)));
        small.publish(
                CreationTask.of(CreationTaskId.of("other"), TaskState.FAILED).withFailureReason("y".repeat(5_000)));

        assertThat(small.latest(CreationTaskId.of("awaited"))).isNotEmpty();
        assertThat(small.latest(CreationTaskId.of("other"))).isEmpty();
    }
}
