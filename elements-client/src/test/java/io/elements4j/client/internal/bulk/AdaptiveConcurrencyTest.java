package io.elements4j.client.internal.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the bulk controller's limit answers each kind of refusal. */
class AdaptiveConcurrencyTest {

    private static final Instant T0 = Instant.parse("2026-12-02T00:00:00Z");

    @Test
    void a_refusal_for_the_request_rate_cuts_the_limit_by_the_decrease_factor_and_pauses() {
        AdaptiveConcurrency limit = new AdaptiveConcurrency(100, 1, 400);

        limit.onRateLimited(T0, Option.none(), T0.plusMillis(10));

        assertThat(limit.limit()).isEqualTo(85);
        assertThat(limit.mayStart(0, T0.plusMillis(500)))
                .as("paused for the default second")
                .isFalse();
        assertThat(limit.mayStart(0, T0.plusMillis(1010))).isTrue();
    }

    @Test
    void a_refusal_for_full_parallel_tasks_sets_the_limit_to_the_creates_in_flight_without_pausing() {
        AdaptiveConcurrency limit = new AdaptiveConcurrency(230, 1, 400);

        limit.onParallelTasksFull(221, Option.none(), T0);

        assertThat(limit.limit())
                .as("the 220 others fill the account, not 85 %% of 230")
                .isEqualTo(220);
        assertThat(limit.decreases()).isEqualTo(1);
        assertThat(limit.mayStart(219, T0))
                .as("no pause: the limit alone holds new starts")
                .isTrue();
        assertThat(limit.mayStart(220, T0)).isFalse();
    }

    @Test
    void a_parallel_task_refusal_never_raises_the_limit_nor_takes_it_below_the_minimum() {
        AdaptiveConcurrency limit = new AdaptiveConcurrency(50, 10, 400);

        limit.onParallelTasksFull(80, Option.none(), T0);
        assertThat(limit.limit())
                .as("more in flight than the limit, after an earlier cut")
                .isEqualTo(50);
        assertThat(limit.decreases()).isZero();

        limit.onParallelTasksFull(3, Option.none(), T0);
        assertThat(limit.limit()).isEqualTo(10);
    }

    @Test
    void a_parallel_task_refusal_pauses_only_for_a_retry_after_the_vendor_named() {
        AdaptiveConcurrency limit = new AdaptiveConcurrency(50, 1, 400);

        limit.onParallelTasksFull(40, Option.some(Duration.ofSeconds(3)), T0);

        assertThat(limit.mayStart(0, T0.plusSeconds(2))).isFalse();
        assertThat(limit.mayStart(0, T0.plusSeconds(3))).isTrue();
    }

    @Test
    void the_first_parallel_task_refusal_ends_slow_start_even_when_the_limit_stays() {
        AdaptiveConcurrency limit = new AdaptiveConcurrency(20, 1, 400);
        limit.onAccepted(20);
        assertThat(limit.limit())
                .as("slow start: one more per accepted create at the limit")
                .isEqualTo(21);

        limit.onParallelTasksFull(30, Option.none(), T0);
        for (int i = 0; i < 10; i++) {
            limit.onAccepted(21);
        }

        assertThat(limit.limit())
                .as("after it, about one slot per window of 21 accepted creates")
                .isEqualTo(21);
    }
}
