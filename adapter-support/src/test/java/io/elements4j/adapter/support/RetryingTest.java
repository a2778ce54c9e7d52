package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.testkit.VirtualTime;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private final VirtualTime time = VirtualTime.startingNow();
    private final ClassifiedFailure unavailable = new ClassifiedFailure(
            HttpFailure.response(503, Headers.none(), "", time.clock()),
            ProviderFailure.retryable("Acme is temporarily unavailable (HTTP 503)", 503, Option.none(), Option.none()));

    @Test
    void a_success_after_failures_counts_every_attempt() {
        AtomicInteger calls = new AtomicInteger();

        CallOutcome<String> outcome = new Retrying(RetryPolicy.retries(2), time)
                .execute(
                        "Acme",
                        CallKind.READ,
                        () -> calls.incrementAndGet() < 3 ? Either.left(unavailable) : Either.right("done"));

        assertThat(outcome).isEqualTo(new CallOutcome<>(Either.right("done"), 3));
        assertThat(time.sleepCount()).isEqualTo(2);
    }

    @Test
    void zero_retries_means_one_attempt_and_the_error_as_it_was() {
        CallOutcome<String> outcome = new Retrying(RetryPolicy.retries(0), time)
                .execute("Acme", CallKind.READ, () -> Either.left(unavailable));

        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.result().getLeft()).isEqualTo(unavailable.error());
        assertThat(time.sleepCount()).isZero();
    }

    @Test
    void an_interrupt_while_waiting_stops_the_retries_and_keeps_the_flag() {
        AtomicInteger calls = new AtomicInteger();
        Retrying interrupted = new Retrying(RetryPolicy.retries(5), duration -> {
            throw new InterruptedException();
        });

        try {
            CallOutcome<String> outcome = interrupted.execute("Acme", CallKind.READ, () -> {
                calls.incrementAndGet();
                return Either.left(unavailable);
            });

            assertThat(calls).hasValue(1);
            assertThat(outcome.result().isLeft()).isTrue();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
