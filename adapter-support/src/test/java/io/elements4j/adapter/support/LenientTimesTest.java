package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LenientTimesTest {

    @Test
    void a_documented_epoch_second_is_read_as_seconds() {
        assertThat(LenientTimes.epochSecondsOrMillis(1_763_700_000L)).isEqualTo(Instant.parse("2025-11-21T04:40:00Z"));
    }

    @Test
    void a_value_too_large_for_seconds_is_read_as_milliseconds() {
        assertThat(LenientTimes.epochSecondsOrMillis(1_763_700_000_123L))
                .isEqualTo(Instant.parse("2025-11-21T04:40:00.123Z"));
    }

    @Test
    void the_boundary_is_still_seconds() {
        assertThat(LenientTimes.epochSecondsOrMillis(LenientTimes.LARGEST_EPOCH_SECOND))
                .isEqualTo(Instant.ofEpochSecond(LenientTimes.LARGEST_EPOCH_SECOND));
    }
}
