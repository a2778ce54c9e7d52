package io.elements4j.integration.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.TaskState;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorLimits;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualTime;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each simulator's limits, seen through its adapter: a create beyond the parallel-task limit and a request beyond
 * the rate limit are answered as the vendor answers them, which the adapter reads as {@code RateLimited} (Kling by
 * its codes 1303 and 1302, the others with the {@code Retry-After} they send); nothing is created by them. Where the
 * answer tells which limit it was (Kling's two codes, useapi's 429 that always means busy accounts), the error says.
 */
class VendorLimitsTest {

    private final VirtualTime time = VirtualTime.startingNow();

    private Elements elements(String provider, VendorSimulator vendor) {
        Map<String, String> config = new HashMap<>(vendor.configuration().toJavaMap());
        config.put("elements." + provider + ".max-retries", "0");
        return Elements.builder()
                .provider(provider)
                .config(config)
                .systemProperties(new Properties())
                .env(Map.of())
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(3))
                .build();
    }

    private static ElementDraft draft(int i) {
        return ElementDraft.image("Limited" + i, MediaSource.url("https://example.com/front.jpg"))
                .extras(MediaSource.url("https://example.com/side.jpg"))
                .description("A courier")
                .build();
    }

    private static Option<String> expectedCode(String provider, VendorLimits.Kind kind) {
        return provider.equals("kling-official")
                ? Option.some(kind == VendorLimits.Kind.RATE ? "1302" : "1303")
                : Option.none();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kling-official", "useapi", "evolink", "gmi-cloud"})
    void a_create_beyond_the_parallel_task_limit_is_rate_limited_until_a_task_ends(String provider) {
        try (VendorSimulator vendor = Sandboxes.start(provider)) {
            vendor.useClock(time.clock());
            vendor.completeTasksAfterPolls(1);
            vendor.limits(VendorLimits.of(0, 2, Duration.ofSeconds(10)));
            try (Elements elements = elements(provider, vendor)) {
                Either<ElementsError, CreationTask> first = elements.submit(draft(1));
                assertThat(first.isRight()).as(first.toString()).isTrue();
                assertThat(elements.submit(draft(2)).isRight()).isTrue();

                Either<ElementsError, CreationTask> third = elements.submit(draft(3));
                assertThat(third.getLeft()).isInstanceOf(ElementsError.RateLimited.class);
                ElementsError.RateLimited limited = (ElementsError.RateLimited) third.getLeft();
                expectedCode(provider, VendorLimits.Kind.PARALLEL)
                        .forEach(code -> assertThat(limited.vendorCode()).contains(code));
                if (provider.equals("kling-official") || provider.equals("useapi")) {
                    assertThat(limited.limit())
                            .as("the answer says the account's parallel tasks are full")
                            .contains(ElementsError.RateLimited.Limit.PARALLEL_TASKS);
                }
                if (!provider.equals("kling-official")) {
                    assertThat(limited.retryAfter())
                            .as("Retry-After: until the first task ends")
                            .contains(Duration.ofSeconds(10));
                }
                assertThat(vendor.creations()).hasSize(2);
                assertThat(vendor.refusedBy(VendorLimits.Kind.PARALLEL)).isEqualTo(1);

                if (first.get().state() != TaskState.SUCCEEDED) {
                    assertThat(elements.task(first.get().id()).get().state())
                            .as("still processing")
                            .isNotEqualTo(TaskState.SUCCEEDED);
                }
                time.advance(Duration.ofSeconds(10));
                if (first.get().state() != TaskState.SUCCEEDED) {
                    assertThat(elements.task(first.get().id()).get().state())
                            .as("done once its time is up")
                            .isEqualTo(TaskState.SUCCEEDED);
                }
                assertThat(elements.submit(draft(3)).isRight())
                        .as("a slot is free again")
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kling-official", "useapi", "evolink", "gmi-cloud"})
    void requests_beyond_the_rate_limit_are_rate_limited_within_the_second(String provider) {
        try (VendorSimulator vendor = Sandboxes.start(provider)) {
            vendor.useClock(time.clock());
            vendor.limits(VendorLimits.of(3, 0, Duration.ZERO));
            try (Elements elements = elements(provider, vendor)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(elements.submit(draft(i)).isRight()).isTrue();
                }
                Either<ElementsError, CreationTask> fourth = elements.submit(draft(3));
                assertThat(fourth.getLeft()).isInstanceOf(ElementsError.RateLimited.class);
                expectedCode(provider, VendorLimits.Kind.RATE)
                        .forEach(code ->
                                assertThat(fourth.getLeft().vendorCode()).contains(code));
                if (provider.equals("kling-official")) {
                    assertThat(((ElementsError.RateLimited) fourth.getLeft()).limit())
                            .contains(ElementsError.RateLimited.Limit.REQUEST_RATE);
                }
                assertThat(vendor.refusedBy(VendorLimits.Kind.RATE)).isEqualTo(1);
                time.advance(Duration.ofSeconds(1));
                assertThat(elements.submit(draft(3)).isRight())
                        .as("the next second has room")
                        .isTrue();
                assertThat(vendor.creations()).hasSize(4);
            }
        }
    }
}
