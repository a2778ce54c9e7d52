package io.elements4j.benchmarks.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.ports.time.Backoff;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The harness counts right; these say nothing about speed. */
class WaitingAtScaleTest {

    private static final Backoff NO_JITTER = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 2.0, 0.0);

    @Test
    void the_minimum_is_the_first_poll_of_the_no_jitter_schedule_at_or_after_the_finish() {
        // Polls at 0, 2, 6, 14, 30, 60, 90 … seconds.
        MinimumPolls minimum = new MinimumPolls(NO_JITTER);

        assertThat(minimum.forTaskDoneAt(Duration.ZERO)).isEqualTo(1);
        assertThat(minimum.forTaskDoneAt(Duration.ofSeconds(1))).isEqualTo(2);
        assertThat(minimum.forTaskDoneAt(Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(minimum.forTaskDoneAt(Duration.ofMillis(2001))).isEqualTo(3);
        assertThat(minimum.forTaskDoneAt(Duration.ofSeconds(31))).isEqualTo(6);
        assertThat(minimum.forTaskDoneAt(Duration.ofSeconds(90))).isEqualTo(7);
        assertThat(minimum.noticedAt(Duration.ofSeconds(31))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void without_jitter_every_task_is_polled_exactly_the_minimum_number_of_times() {
        WaitingAtScale.Settings settings = new WaitingAtScale.Settings(
                200,
                Duration.ofHours(1),
                7L,
                AwaitOptions.DEFAULT.withBackoff(NO_JITTER).withTimeout(Duration.ofMinutes(90)),
                Duration.ofSeconds(10));

        WaitingAtScale.Report report = WaitingAtScale.run(settings);

        assertThat(report.succeeded()).isEqualTo(200);
        assertThat(report.polls()).isEqualTo(report.minimumPolls());
        assertThat(report.latenessNanos()).containsExactly(report.minimumLatenessNanos());
        assertThat(report.pollingThreads()).isEqualTo(1);
    }

    @Test
    void with_jitter_there_are_more_polls_than_the_minimum_but_never_fewer() {
        WaitingAtScale.Report report = WaitingAtScale.run(WaitingAtScale.Settings.of(200, 7L));

        assertThat(report.succeeded()).isEqualTo(200);
        assertThat(report.polls()).isGreaterThan(report.minimumPolls());
        assertThat(Arrays.stream(report.latenessNanos()).boxed())
                .allSatisfy(late -> assertThat(late).isBetween(0L, 30_000_000_000L));
        assertThat(report.pendingAtProbe()).isPositive();
    }

    @Test
    void percentiles_are_nearest_rank_and_skip_tasks_never_seen() {
        long[] values = {5, -1, 1, 4, 2, 3};

        assertThat(WaitingAtScale.percentile(values, 50)).isEqualTo(3);
        assertThat(WaitingAtScale.percentile(values, 100)).isEqualTo(5);
        assertThat(WaitingAtScale.percentile(values, 1)).isEqualTo(1);
    }
}
