package io.elements4j.client.internal.waiter;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.internal.callback.CallbackStates;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualScheduler;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Waits that a pushed state (a vendor's callback) ends at once, polling only as a safety net. */
class PushedWaitsTest {

    private static final CreationTaskId A = CreationTaskId.of("a");
    private static final CreationTaskId B = CreationTaskId.of("b");
    private static final AwaitOptions SAFETY_NET = new AwaitOptions(
            new Backoff(Duration.ofSeconds(60), Duration.ofSeconds(60), 1.0, 0.0), Duration.ofMinutes(15), 0);

    private final VirtualTime time = VirtualTime.startingNow();
    private final VirtualScheduler scheduler = new VirtualScheduler(time);
    private final CallbackStates updates = new CallbackStates();
    private final AtomicInteger polls = new AtomicInteger();

    private Waiter.Target<CreationTaskId, CreationTask> target(TaskState polledState) {
        return new Waiter.Target<CreationTaskId, CreationTask>(
                        "task",
                        id -> {
                            polls.incrementAndGet();
                            return Either.right(CreationTask.of(id, polledState));
                        },
                        t -> t.state() == TaskState.SUCCEEDED
                                ? Acceptance.SUCCESS
                                : t.state().isFailure() ? Acceptance.FAILURE : Acceptance.RETRY,
                        t -> new ElementsError.TaskFailed(t.id(), "failed", Option.none(), Option.none()),
                        ended -> new ElementsError.TaskStateUnknown(
                                ended.key(),
                                Option.none(),
                                Option.none(),
                                ended.attempts(),
                                ended.why(),
                                Option.none()))
                .withPushes(updates);
    }

    private void pushAt(Duration when, CreationTaskId id, TaskState state) {
        scheduler.schedule(when, () -> updates.publish(CreationTask.of(id, state)));
    }

    @Test
    void a_blocking_wait_ends_when_its_callback_arrives_without_a_poll() {
        Waiter waiter = new Waiter(time.clock(), scheduler.sleeper(), new SplittableRandom(1));
        pushAt(Duration.ofSeconds(3), A, TaskState.PROCESSING);
        pushAt(Duration.ofSeconds(5), A, TaskState.SUCCEEDED);
        pushAt(Duration.ofSeconds(7), B, TaskState.FAILED);

        Seq<Either<ElementsError, Awaited<CreationTask>>> done = waiter.awaitAll(
                List.of(A, B),
                id -> Option.some(CreationTask.of(id, TaskState.SUBMITTED)),
                target(TaskState.PROCESSING),
                SAFETY_NET);

        assertThat(done.get(0).get().attempts()).isZero();
        assertThat(done.get(0).get().elapsed()).isEqualTo(Duration.ofSeconds(5));
        assertThat(done.get(1).getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(polls).hasValue(0);
        assertThat(updates.listening()).as("subscriptions closed").isZero();
    }

    @Test
    void a_blocking_wait_whose_callback_is_lost_ends_on_the_safety_net_poll() {
        Waiter waiter = new Waiter(time.clock(), scheduler.sleeper(), new SplittableRandom(1));

        Either<ElementsError, Awaited<CreationTask>> done = waiter.await(
                A, Option.some(CreationTask.of(A, TaskState.SUBMITTED)), target(TaskState.SUCCEEDED), SAFETY_NET);

        assertThat(done.get().attempts()).isEqualTo(1);
        assertThat(done.get().elapsed()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_callback_that_came_before_the_wait_is_taken_at_once() {
        updates.publish(CreationTask.of(A, TaskState.SUCCEEDED));
        Waiter waiter = new Waiter(time.clock(), scheduler.sleeper(), new SplittableRandom(1));

        Either<ElementsError, Awaited<CreationTask>> done =
                waiter.await(A, Option.none(), target(TaskState.PROCESSING), SAFETY_NET);

        assertThat(done.get().attempts()).isZero();
        assertThat(polls).hasValue(0);
    }

    @Test
    void an_async_wait_ends_when_its_callback_arrives_and_stops_its_safety_net() {
        AsyncWaiter waiter = new AsyncWaiter(time.clock(), scheduler, Runnable::run, new SplittableRandom(1));
        pushAt(Duration.ofSeconds(4), A, TaskState.SUCCEEDED);
        pushAt(Duration.ofSeconds(9), A, TaskState.PROCESSING);

        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait = waiter.await(
                A, Option.some(CreationTask.of(A, TaskState.SUBMITTED)), target(TaskState.PROCESSING), SAFETY_NET);
        scheduler.runUntil(() -> wait.isDone() && scheduler.scheduled() == 0, Duration.ofSeconds(5));

        assertThat(wait.join().get().attempts()).isZero();
        assertThat(wait.join().get().value().state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(polls).hasValue(0);
        assertThat(waiter.pending()).isZero();
        assertThat(updates.listening()).isZero();
    }

    @Test
    void an_async_wait_whose_callback_is_lost_ends_on_the_safety_net_poll() {
        AsyncWaiter waiter = new AsyncWaiter(time.clock(), scheduler, Runnable::run, new SplittableRandom(1));

        CompletableFuture<Either<ElementsError, Awaited<CreationTask>>> wait = waiter.await(
                A, Option.some(CreationTask.of(A, TaskState.SUBMITTED)), target(TaskState.SUCCEEDED), SAFETY_NET);
        scheduler.runUntil(wait::isDone, Duration.ofSeconds(5));

        assertThat(wait.join().get().attempts()).isEqualTo(1);
        assertThat(wait.join().get().elapsed()).isEqualTo(Duration.ofSeconds(60));
    }
}
