package io.elements4j.ports.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.25);

    @Test
    void doubles_each_attempt_until_the_cap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jittered_delays_stay_within_the_jitter_share_below_the_ceiling() {
        SplittableRandom random = new SplittableRandom(7);
        for (int attempt = 1; attempt <= 10; attempt++) {
            Duration ceiling = backoff.ceiling(attempt);
            for (int i = 0; i < 200; i++) {
                Duration delay = backoff.delay(attempt, random);
                assertThat(delay).isLessThanOrEqualTo(ceiling).isGreaterThanOrEqualTo(Duration.ofNanos((long)
                        (ceiling.toNanos() * 0.75)));
            }
        }
    }

    @Test
    void jitter_actually_spreads_delays() {
        SplittableRandom random = new SplittableRandom(1);
        long distinct = IntStream.range(0, 50)
                .mapToObj(i -> backoff.delay(3, random))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void rejects_a_cap_below_the_first_delay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), 2.0, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial <= max");
    }
}
