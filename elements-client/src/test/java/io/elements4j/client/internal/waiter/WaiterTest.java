package io.elements4j.client.internal.waiter;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.client.waiter.Awaited;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WaiterTest {

    private static final Backoff NO_JITTER = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 2.0, 0.0);
    private static final AwaitOptions OPTIONS = new AwaitOptions(NO_JITTER, Duration.ofMinutes(1), 0);

    private final VirtualTime time = VirtualTime.startingNow();
    private final Waiter waiter = new Waiter(time.clock(), time, new SplittableRandom(42));
    private final java.util.List<Instant> pollTimes = new ArrayList<>();

    /** A fake job that reports the given states, one per poll, repeating the last. */
    private Waiter.Target<String, String> job(String... states) {
        AtomicInteger polls = new AtomicInteger();
        return target(key -> {
            pollTimes.add(time.now());
            int i = Math.min(polls.getAndIncrement(), states.length - 1);
            return Either.right(states[i]);
        });
    }

    private static Waiter.Target<String, String> target(Function<String, Either<ElementsError, String>> poll) {
        return new Waiter.Target<>(
                "test job",
                poll,
                s -> s.equals("done") ? Acceptance.SUCCESS : s.equals("failed") ? Acceptance.FAILURE : Acceptance.RETRY,
                s -> new ElementsError.TaskFailed(CreationTaskId.of("t"), "it failed", Option.none(), Option.none()),
                ended -> new ElementsError.TaskStateUnknown(
                        CreationTaskId.of(ended.key()),
                        Option.none(),
                        Option.none(),
                        ended.attempts(),
                        "test job " + ended.why()
                                + ended.lastKnown()
                                        .map(last -> "; last " + last)
                                        .getOrElse("")
                                + ended.lastError()
                                        .map(e -> "; last error: " + e.message())
                                        .getOrElse(""),
                        Option.none()));
    }

    /** A job whose polls answer these, in turn, repeating the last. */
    @SafeVarargs
    private Waiter.Target<String, String> answering(Either<ElementsError, String>... answers) {
        AtomicInteger polls = new AtomicInteger();
        return target(key -> {
            pollTimes.add(time.now());
            return answers[Math.min(polls.getAndIncrement(), answers.length - 1)];
        });
    }

    private static Either<ElementsError, String> unauthorized() {
        return Either.left(new ElementsError.Unauthorized("bad key", Option.none(), Option.none()));
    }

    private static Either<ElementsError, String> notFound() {
        return Either.left(new ElementsError.NotFound("no such task", Option.none(), Option.none()));
    }

    private static Either<ElementsError, String> unreadable() {
        return Either.left(
                ElementsError.ProviderFailure.definite("the answer was cut short", 200, Option.none(), Option.none()));
    }

    @Test
    void polls_until_success_and_counts_the_attempts() {
        Either<ElementsError, Awaited<String>> result =
                waiter.await("a", Option.none(), job("running", "running", "done"), OPTIONS);

        assertThat(result.get().value()).isEqualTo("done");
        assertThat(result.get().attempts()).isEqualTo(3);
        // first poll at once, then 1 s, then 2 s
        assertThat(result.get().elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void waits_with_exponential_backoff_up_to_the_cap() {
        waiter.await("a", Option.none(), job("r", "r", "r", "r", "r", "r", "done"), OPTIONS);

        Instant start = pollTimes.get(0);
        assertThat(pollTimes)
                .extracting(t -> Duration.between(start, t).toSeconds())
                .containsExactly(0L, 1L, 3L, 7L, 15L, 23L, 31L);
    }

    @Test
    void a_failure_state_ends_the_wait_at_once() {
        Either<ElementsError, Awaited<String>> result =
                waiter.await("a", Option.none(), job("running", "failed", "done"), OPTIONS);

        assertThat(result.getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(pollTimes).hasSize(2);
    }

    @Test
    void gives_up_at_the_overall_timeout_and_never_waits_past_it() {
        AwaitOptions tenSeconds = OPTIONS.withTimeout(Duration.ofSeconds(10));
        Instant start = time.now();

        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), job("running"), tenSeconds);

        assertThat(result.getLeft()).isInstanceOfSatisfying(ElementsError.TaskStateUnknown.class, timeout -> {
            assertThat(timeout.attempts()).isEqualTo(pollTimes.size());
            assertThat(timeout.message()).contains("did not finish within the 10 s timeout");
        });
        assertThat(Duration.between(start, time.now())).isEqualTo(Duration.ofSeconds(10));
        assertThat(pollTimes.get(pollTimes.size() - 1)).isEqualTo(start.plusSeconds(10));
    }

    @Test
    void gives_up_after_the_attempt_limit() {
        Either<ElementsError, Awaited<String>> result =
                waiter.await("a", Option.none(), job("running"), OPTIONS.withMaxAttempts(4));

        assertThat(result.getLeft()).isInstanceOf(ElementsError.TaskStateUnknown.class);
        assertThat(result.getLeft().message()).contains("within 4 attempts").contains("last running");
        assertThat(pollTimes).hasSize(4);
    }

    @Test
    void rides_out_rate_limits_honouring_retry_after() {
        AtomicInteger polls = new AtomicInteger();
        Waiter.Target<String, String> limitedThenDone = target(key -> {
            pollTimes.add(time.now());
            return polls.getAndIncrement() == 0
                    ? Either.left(new ElementsError.RateLimited(
                            "slow down", Option.some(Duration.ofSeconds(5)), Option.none(), Option.none()))
                    : Either.right("done");
        });

        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), limitedThenDone, OPTIONS);

        assertThat(result.get().attempts()).isEqualTo(2);
        assertThat(Duration.between(pollTimes.get(0), pollTimes.get(1))).isEqualTo(Duration.ofSeconds(5));
    }

    // ---- the table of poll errors (Waiter's class comment), a test per row ----------------------------------

    @Test
    void an_unreadable_or_unclassifiable_poll_means_poll_again_not_failure() {
        Either<ElementsError, Awaited<String>> result = waiter.await(
                "a",
                Option.none(),
                answering(unreadable(), unreadable(), Either.right("running"), unreadable(), Either.right("done")),
                OPTIONS);

        assertThat(result.get().value()).isEqualTo("done");
        assertThat(result.get().attempts()).isEqualTo(5);
    }

    @Test
    void a_server_error_or_a_call_timeout_on_a_poll_means_poll_again() {
        Either<ElementsError, Awaited<String>> result = waiter.await(
                "a",
                Option.none(),
                answering(
                        Either.left(
                                ElementsError.ProviderFailure.retryable("HTTP 502", 502, Option.none(), Option.none())),
                        Either.left(new ElementsError.Timeout("the call-timeout passed", 3, Option.none())),
                        Either.right("done")),
                OPTIONS);

        assertThat(result.get().attempts()).isEqualTo(3);
    }

    @Test
    void polls_that_keep_failing_end_unresolved_at_the_timeout_carrying_the_last_error_and_state() {
        Either<ElementsError, Awaited<String>> result = waiter.await(
                "a",
                Option.none(),
                answering(Either.right("running"), unreadable()),
                OPTIONS.withTimeout(Duration.ofSeconds(30)));

        assertThat(result.getLeft()).isInstanceOfSatisfying(ElementsError.TaskStateUnknown.class, unknown -> {
            assertThat(unknown.taskId().value()).isEqualTo("a");
            assertThat(unknown.message())
                    .contains("did not finish within the 30 s timeout")
                    .contains("last running")
                    .contains("the answer was cut short");
        });
    }

    @Test
    void a_transient_401_or_404_on_a_poll_is_ridden_out() {
        Either<ElementsError, Awaited<String>> result = waiter.await(
                "a",
                Option.none(),
                answering(
                        unauthorized(),
                        notFound(),
                        Either.right("running"),
                        unauthorized(),
                        unauthorized(),
                        Either.right("done")),
                OPTIONS);

        assertThat(result.get().value()).isEqualTo("done");
        assertThat(result.get().attempts()).isEqualTo(6);
    }

    @Test
    void credentials_refused_on_three_polls_in_a_row_end_the_wait_unresolved_not_failed() {
        Either<ElementsError, Awaited<String>> result =
                waiter.await("a", Option.none(), answering(Either.right("running"), unauthorized()), OPTIONS);

        assertThat(pollTimes).hasSize(1 + Waiter.DEFINITE_AFTER);
        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.TaskStateUnknown.class,
                        unknown -> assertThat(unknown.message())
                                .contains(Waiter.DEFINITE_AFTER + " polls in a row")
                                .contains("bad key"));
    }

    @Test
    void a_task_the_vendor_acknowledged_then_keeps_saying_it_does_not_know_ends_unresolved() {
        Either<ElementsError, Awaited<String>> result =
                waiter.await("a", Option.some("running"), answering(notFound()), OPTIONS);

        assertThat(pollTimes).hasSize(Waiter.DEFINITE_AFTER);
        assertThat(result.getLeft()).isInstanceOf(ElementsError.TaskStateUnknown.class);
    }

    @Test
    void an_id_the_vendor_never_knew_in_this_wait_ends_with_its_not_found() {
        Either<ElementsError, Awaited<String>> result =
                waiter.await("typo", Option.none(), answering(notFound()), OPTIONS);

        assertThat(pollTimes).hasSize(Waiter.DEFINITE_AFTER);
        assertThat(result.getLeft()).isInstanceOf(ElementsError.NotFound.class);
    }

    @Test
    void a_provider_that_cannot_poll_ends_the_wait_at_once() {
        Either<ElementsError, Awaited<String>> result = waiter.await(
                "a",
                Option.some("running"),
                answering(Either.left(ElementsError.Unsupported.of("Test", Capability.TASK_QUERY))),
                OPTIONS);

        assertThat(pollTimes).hasSize(1);
        assertThat(result.getLeft()).isInstanceOf(ElementsError.TaskStateUnknown.class);
    }

    @Test
    void an_interrupted_wait_ends_unresolved_and_keeps_the_interrupt() {
        Waiter interrupting = new Waiter(
                time.clock(),
                d -> {
                    throw new InterruptedException();
                },
                new SplittableRandom(1));

        Either<ElementsError, Awaited<String>> result =
                interrupting.await("a", Option.some("running"), job("done"), OPTIONS);

        assertThat(Thread.interrupted())
                .as("interrupt flag kept (and cleared here)")
                .isTrue();
        assertThat(result.getLeft())
                .isInstanceOfSatisfying(
                        ElementsError.TaskStateUnknown.class,
                        unknown -> assertThat(unknown.message())
                                .contains("interrupted")
                                .contains("last running"));
    }

    @Test
    void a_state_already_terminal_needs_no_poll() {
        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.some("done"), job("never"), OPTIONS);

        assertThat(result.get().attempts()).isZero();
        assertThat(pollTimes).isEmpty();
    }

    @Test
    void a_state_in_hand_delays_the_first_poll() {
        waiter.await("a", Option.some("running"), job("done"), OPTIONS);

        assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void awaits_many_jobs_on_one_thread_answering_in_the_order_asked() {
        Map<String, AtomicInteger> polls = new HashMap<>();
        Map<String, Integer> pollsNeeded = Map.of("slow", 5, "fast", 1, "broken", 2, "medium", 3);
        Set<Thread> threads = new HashSet<>();
        Waiter.Target<String, String> jobs = target(key -> {
            threads.add(Thread.currentThread());
            int n = polls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (n < pollsNeeded.get(key)) {
                return Either.right("running");
            }
            return Either.right(key.equals("broken") ? "failed" : "done");
        });

        Seq<Either<ElementsError, Awaited<String>>> results =
                waiter.awaitAll(Array.of("slow", "fast", "broken", "medium"), k -> Option.none(), jobs, OPTIONS);

        assertThat(results.map(r -> r.isRight() ? r.get().attempts() : -1)).containsExactly(5, 1, -1, 3);
        assertThat(results.get(2).getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(threads).containsExactly(Thread.currentThread());
        // the slowest job bounds the total time: 0 + 1 + 2 + 4 + 8 s of backoff
        assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void each_job_times_out_on_its_own() {
        Waiter.Target<String, String> jobs = target(key -> Either.right(key.equals("stuck") ? "running" : "done"));

        Seq<Either<ElementsError, Awaited<String>>> results = waiter.awaitAll(
                List.of("ok", "stuck"), k -> Option.none(), jobs, OPTIONS.withTimeout(Duration.ofSeconds(20)));

        assertThat(results.get(0).isRight()).isTrue();
        assertThat(results.get(1).getLeft()).isInstanceOf(ElementsError.TaskStateUnknown.class);
    }
}
