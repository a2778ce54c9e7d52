package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.error.ElementsError.ProviderFailure;
import io.elements4j.domain.error.ElementsError.RateLimited;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.time.Backoff;
import io.elements4j.testkit.VirtualTime;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Backoff NO_JITTER = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), 2.0, 0.0);

    private final Clock clock = VirtualTime.startingNow().clock();
    private final RetryPolicy policy = RetryPolicy.retries(2).withBackoff(NO_JITTER);
    private final ErrorClassifier classifier = ErrorClassifier.byStatus("Acme");

    private ClassifiedFailure failed(HttpFailure failure, CallKind call) {
        return new ClassifiedFailure(failure, classifier.classify(failure, call));
    }

    private ClassifiedFailure status(int status, CallKind call) {
        return failed(HttpFailure.response(status, Headers.none(), "", clock), call);
    }

    private boolean retries(ClassifiedFailure failed, CallKind call) {
        return policy.delayBeforeRetry(call, failed, 1).isDefined();
    }

    @Test
    void reads_and_deletes_are_retried_on_rate_limits_server_errors_and_broken_connections() {
        for (CallKind call : new CallKind[] {CallKind.READ, CallKind.DELETE}) {
            for (int status : new int[] {429, 500, 502, 503, 504}) {
                assertThat(retries(status(status, call), call))
                        .as("%s %s", call, status)
                        .isTrue();
            }
            assertThat(retries(failed(HttpFailure.ioAfterSend(0, "reset"), call), call))
                    .isTrue();
            assertThat(retries(failed(HttpFailure.connectFailed("refused"), call), call))
                    .isTrue();
        }
    }

    @Test
    void a_create_is_retried_only_when_the_vendor_provably_turned_it_away() {
        CallKind create = CallKind.CREATE;

        assertThat(retries(failed(HttpFailure.connectFailed("refused"), create), create))
                .isTrue();
        assertThat(retries(status(429, create), create)).isTrue();
        assertThat(retries(status(503, create), create)).isTrue();

        assertThat(retries(status(500, create), create)).isFalse();
        assertThat(retries(status(502, create), create)).isFalse();
        assertThat(retries(status(504, create), create)).isFalse();
        assertThat(retries(failed(HttpFailure.ioAfterSend(0, "timed out"), create), create))
                .isFalse();
        assertThat(retries(failed(HttpFailure.malformedBody(200, Headers.none(), "{", "eof"), create), create))
                .isFalse();
    }

    @Test
    void a_create_is_not_resent_even_if_a_careless_classifier_forgot_to_call_it_ambiguous() {
        ElementsError careless = ProviderFailure.retryable("boom", 500, Option.none(), Option.none());

        assertThat(policy.safeToRetry(
                        CallKind.CREATE,
                        new ClassifiedFailure(HttpFailure.response(500, Headers.none(), "", clock), careless)))
                .isFalse();
    }

    @Test
    void nothing_final_is_retried() {
        for (int status : new int[] {400, 401, 402, 403, 404, 409, 422}) {
            assertThat(retries(status(status, CallKind.READ), CallKind.READ))
                    .as("%s", status)
                    .isFalse();
        }
    }

    @Test
    void backs_off_exponentially_up_to_the_last_retry() {
        ClassifiedFailure unavailable = status(503, CallKind.READ);

        assertThat(policy.delayBeforeRetry(CallKind.READ, unavailable, 1)).contains(Duration.ofSeconds(1));
        assertThat(policy.delayBeforeRetry(CallKind.READ, unavailable, 2)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayBeforeRetry(CallKind.READ, unavailable, 3)).isEmpty();
    }

    @Test
    void waits_at_least_as_long_as_the_vendor_asked() {
        ClassifiedFailure limited =
                failed(HttpFailure.response(429, Headers.of("Retry-After", "5"), "", clock), CallKind.READ);

        assertThat(policy.delayBeforeRetry(CallKind.READ, limited, 1)).contains(Duration.ofSeconds(5));
    }

    @Test
    void a_rate_limit_error_from_a_vendor_code_brings_its_own_wait() {
        HttpFailure ok200 = HttpFailure.response(200, Headers.none(), "{\"code\": 1303}", clock);
        RateLimited byCode =
                new RateLimited("busy", Option.of(Duration.ofSeconds(4)), Option.of("1303"), Option.none());

        assertThat(policy.delayBeforeRetry(CallKind.CREATE, new ClassifiedFailure(ok200, byCode), 1))
                .contains(Duration.ofSeconds(4));
    }

    @Test
    void does_not_wait_longer_than_allowed_for_a_retry_after() {
        ClassifiedFailure patient =
                failed(HttpFailure.response(503, Headers.of("Retry-After", "61"), "", clock), CallKind.READ);

        assertThat(policy.delayBeforeRetry(CallKind.READ, patient, 1)).isEmpty();
        assertThat(policy.withMaxRetryAfter(Duration.ofMinutes(5)).delayBeforeRetry(CallKind.READ, patient, 1))
                .contains(Duration.ofSeconds(61));
    }

    @Test
    void jitter_only_ever_shortens_the_wait_by_up_to_a_fifth() {
        RetryPolicy jittered = RetryPolicy.retries(10).withRandom(new SplittableRandom(3));
        ClassifiedFailure unavailable = status(503, CallKind.READ);

        for (int attempt = 1; attempt <= 10; attempt++) {
            Duration ceiling = RetryPolicy.DEFAULT_BACKOFF.ceiling(attempt);
            assertThat(jittered.delayBeforeRetry(CallKind.READ, unavailable, attempt)
                            .get())
                    .isBetween(Duration.ofNanos((long) (ceiling.toNanos() * 0.8)), ceiling);
        }
        assertThat(RetryPolicy.DEFAULT_BACKOFF.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryPolicy.DEFAULT_BACKOFF.ceiling(10)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void takes_max_retries_from_the_provider_configuration() {
        var config = ProviderConfig.builder("x").set("max-retries", "5").build();

        assertThat(RetryPolicy.from(config).maxRetries()).isEqualTo(5);
        assertThat(RetryPolicy.from(ProviderConfig.builder("x").build()).maxRetries())
                .isEqualTo(2);
    }
}
