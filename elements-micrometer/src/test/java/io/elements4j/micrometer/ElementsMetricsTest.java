package io.elements4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.observe.CallEnded;
import io.elements4j.ports.observe.CallRetried;
import io.elements4j.ports.observe.WaitEnded;
import io.elements4j.ports.observe.WaitStarted;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ElementsMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ElementsMetrics metrics = new ElementsMetrics();

    private static CallEnded ended(String operation, String outcome, Duration took) {
        return new CallEnded("useapi", operation, 1, outcome, 200, Option.none(), Option.none(), took, Option.none());
    }

    @Test
    void times_each_call_by_provider_operation_and_outcome() {
        metrics.bindTo(registry);

        metrics.callEnded(ended("list", CallEnded.SUCCESS, Duration.ofMillis(120)));
        metrics.callEnded(ended("list", CallEnded.SUCCESS, Duration.ofMillis(80)));
        metrics.callEnded(ended("submit", "RateLimited", Duration.ofSeconds(3)));

        Timer lists = registry.get(ElementsMetrics.REQUESTS)
                .tags("provider", "useapi", "operation", "list", "outcome", "success")
                .timer();
        assertThat(lists.count()).isEqualTo(2);
        assertThat(lists.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(200);
        assertThat(registry.get(ElementsMetrics.REQUESTS)
                        .tags("operation", "submit", "outcome", "RateLimited")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void counts_retries_by_error() {
        metrics.bindTo(registry);

        metrics.callRetried(new CallRetried(
                "useapi", "task", 1, 503, Option.none(), Option.none(), "ProviderFailure", Duration.ofSeconds(1)));

        assertThat(registry.get(ElementsMetrics.RETRIES)
                        .tags("error", "ProviderFailure", "limit", "none")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void a_rate_limited_retry_says_which_limit_it_hit() {
        metrics.bindTo(registry);

        for (String code : new String[] {"1303", "1303", "1302"}) {
            metrics.callRetried(new CallRetried(
                    "kling-official",
                    "submit",
                    1,
                    429,
                    Option.some(code),
                    Option.none(),
                    "RateLimited",
                    Duration.ofSeconds(1),
                    Option.none(),
                    Option.some(
                            code.equals("1303")
                                    ? ElementsError.RateLimited.Limit.PARALLEL_TASKS
                                    : ElementsError.RateLimited.Limit.REQUEST_RATE)));
        }

        assertThat(registry.get(ElementsMetrics.RETRIES)
                        .tags("limit", "parallel_tasks")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get(ElementsMetrics.RETRIES)
                        .tags("limit", "request_rate")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void the_gauge_shows_the_waits_not_ended_and_events_before_binding_count_too() {
        metrics.waitStarted(new WaitStarted("useapi", "t-1"));
        metrics.waitStarted(new WaitStarted("useapi", "t-2"));
        metrics.bindTo(registry);
        metrics.waitEnded(new WaitEnded("useapi", "t-1", WaitEnded.SUCCESS, Duration.ofSeconds(9)));

        assertThat(registry.get(ElementsMetrics.PENDING_WAITS).gauge().value()).isEqualTo(1);
    }
}
