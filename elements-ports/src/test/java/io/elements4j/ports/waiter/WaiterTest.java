package io.elements4j.ports.waiter;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.time.VirtualTime;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
        return new Waiter.Target<>("test job", poll,
                s -> s.equals("done") ? Acceptance.SUCCESS : s.equals("failed") ? Acceptance.FAILURE : Acceptance.RETRY,
                s -> new ElementsError.TaskFailed(io.elements4j.domain.task.CreationTaskId.of("t"), "it failed",
                        Option.none(), Option.none()));
    }

    @Test
    void polls_until_success_and_counts_the_attempts() {
        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), job("running", "running", "done"), OPTIONS);

        assertThat(result.get().value()).isEqualTo("done");
        assertThat(result.get().attempts()).isEqualTo(3);
        // first poll at once, then 1 s, then 2 s
        assertThat(result.get().elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void waits_with_exponential_backoff_up_to_the_cap() {
        waiter.await("a", Option.none(), job("r", "r", "r", "r", "r", "r", "done"), OPTIONS);

        Instant start = pollTimes.get(0);
        assertThat(pollTimes).extracting(t -> Duration.between(start, t).toSeconds())
                .containsExactly(0L, 1L, 3L, 7L, 15L, 23L, 31L);
    }

    @Test
    void a_failure_state_ends_the_wait_at_once() {
        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), job("running", "failed", "done"), OPTIONS);

        assertThat(result.getLeft()).isInstanceOf(ElementsError.TaskFailed.class);
        assertThat(pollTimes).hasSize(2);
    }

    @Test
    void gives_up_at_the_overall_timeout_and_never_waits_past_it() {
        AwaitOptions tenSeconds = OPTIONS.withTimeout(Duration.ofSeconds(10));
        Instant start = time.now();

        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), job("running"), tenSeconds);

        assertThat(result.getLeft()).isInstanceOfSatisfying(ElementsError.Timeout.class, timeout -> {
            assertThat(timeout.attempts()).isEqualTo(pollTimes.size());
            assertThat(timeout.message()).contains("did not finish within the 10 s timeout");
        });
        assertThat(Duration.between(start, time.now())).isEqualTo(Duration.ofSeconds(10));
        assertThat(pollTimes.get(pollTimes.size() - 1)).isEqualTo(start.plusSeconds(10));
    }

    @Test
    void gives_up_after_the_attempt_limit() {
        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), job("running"), OPTIONS.withMaxAttempts(4));

        assertThat(result.getLeft()).isInstanceOf(ElementsError.Timeout.class);
        assertThat(result.getLeft().message()).contains("after 4 attempts");
        assertThat(pollTimes).hasSize(4);
    }

    @Test
    void rides_out_rate_limits_honouring_retry_after() {
        AtomicInteger polls = new AtomicInteger();
        Waiter.Target<String, String> limitedThenDone = target(key -> {
            pollTimes.add(time.now());
            return polls.getAndIncrement() == 0
                    ? Either.left(new ElementsError.RateLimited("slow down", Option.some(Duration.ofSeconds(5)), Option.none(), Option.none()))
                    : Either.right("done");
        });

        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), limitedThenDone, OPTIONS);

        assertThat(result.get().attempts()).isEqualTo(2);
        assertThat(Duration.between(pollTimes.get(0), pollTimes.get(1))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_non_retryable_error_ends_the_wait_at_once() {
        Waiter.Target<String, String> unauthorized = target(key -> {
            pollTimes.add(time.now());
            return Either.left(new ElementsError.Unauthorized("bad key", Option.none(), Option.none()));
        });

        Either<ElementsError, Awaited<String>> result = waiter.await("a", Option.none(), unauthorized, OPTIONS);

        assertThat(result.getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(pollTimes).hasSize(1);
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
        java.util.Set<Thread> threads = new java.util.HashSet<>();
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

        Seq<Either<ElementsError, Awaited<String>>> results = waiter.awaitAll(List.of("ok", "stuck"), k -> Option.none(),
                jobs, OPTIONS.withTimeout(Duration.ofSeconds(20)));

        assertThat(results.get(0).isRight()).isTrue();
        assertThat(results.get(1).getLeft()).isInstanceOf(ElementsError.Timeout.class);
    }
}
