package io.elements4j.adapter.kling;

import static io.elements4j.conformance.ProviderTestKit.json;
import static io.elements4j.conformance.ProviderTestKit.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ElementStatus;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.spi.Secret;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Callback bodies (see docs/vendors.md) and signed webhooks (Standard Webhooks). */
class KlingCallbacksTest {

    /** The Standard Webhooks specification's published test vector. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final String TIMESTAMP = "1614265330";
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    static KlingCallbacks at(Instant now) {
        return KlingCallbacks.verifyingWith(Secret.of(SECRET), Clock.fixed(now, ZoneOffset.UTC));
    }

    static final KlingCallbacks CALLBACKS = at(Instant.ofEpochSecond(1614265330L));

    static Map<String, String> headers(String signature) {
        return Map.of("webhook-id", ID, "webhook-timestamp", TIMESTAMP, "webhook-signature", signature);
    }

    @Nested
    class Signatures {

        @Test
        void accepts_the_published_test_vector() {
            assertThat(CALLBACKS.verify(headers(SIGNATURE), BODY).get()).isEqualTo(BODY);
        }

        @Test
        void reads_the_headers_in_any_case() {
            Map<String, String> shouted =
                    Map.of("Webhook-Id", ID, "WEBHOOK-TIMESTAMP", TIMESTAMP, "Webhook-Signature", SIGNATURE);

            assertThat(CALLBACKS.verify(shouted, BODY).isRight()).isTrue();
        }

        @Test
        void accepts_any_matching_signature_among_several_during_a_rotation() {
            String rotating = "v1,bm9wZQ== v2,irrelevant " + SIGNATURE;

            assertThat(CALLBACKS.verify(headers(rotating), BODY).isRight()).isTrue();
        }

        @Test
        void accepts_the_secret_without_its_prefix() {
            KlingCallbacks bare = KlingCallbacks.verifyingWith(
                    Secret.of(SECRET.substring("whsec_".length())),
                    Clock.fixed(Instant.ofEpochSecond(1614265330L), ZoneOffset.UTC));

            assertThat(bare.verify(headers(SIGNATURE), BODY).isRight()).isTrue();
        }

        @Test
        void rejects_a_tampered_body() {
            KlingCallbacks.Rejection rejection = CALLBACKS
                    .verify(headers(SIGNATURE), "{\"test\": 2432232315}")
                    .getLeft();

            assertThat(rejection.reason()).isEqualTo(KlingCallbacks.Reason.SIGNATURE_MISMATCH);
        }

        @Test
        void rejects_a_signature_made_with_another_secret() {
            KlingCallbacks other = KlingCallbacks.verifyingWith(
                    Secret.of("whsec_"
                            + Base64.getEncoder().encodeToString("another secret entirely, 32 bytes".getBytes())),
                    Clock.fixed(Instant.ofEpochSecond(1614265330L), ZoneOffset.UTC));

            assertThat(other.verify(headers(SIGNATURE), BODY).getLeft().reason())
                    .isEqualTo(KlingCallbacks.Reason.SIGNATURE_MISMATCH);
        }

        @ParameterizedTest(name = "{0} s away")
        @ValueSource(longs = {-301, 301, 86_400})
        void rejects_a_timestamp_more_than_five_minutes_away(long offset) {
            KlingCallbacks later = at(Instant.ofEpochSecond(1614265330L + offset));

            assertThat(later.verify(headers(SIGNATURE), BODY).getLeft().reason())
                    .isEqualTo(KlingCallbacks.Reason.TIMESTAMP_OUT_OF_TOLERANCE);
        }

        @ParameterizedTest(name = "{0} s away")
        @ValueSource(longs = {-300, 300})
        void accepts_a_timestamp_within_five_minutes(long offset) {
            assertThat(at(Instant.ofEpochSecond(1614265330L + offset))
                            .verify(headers(SIGNATURE), BODY)
                            .isRight())
                    .isTrue();
        }

        @Test
        void rejects_missing_headers_and_a_malformed_timestamp_without_throwing() {
            assertThat(CALLBACKS
                            .verify(Map.of("webhook-id", ID), BODY)
                            .getLeft()
                            .message())
                    .contains("webhook-timestamp, webhook-signature");
            assertThat(CALLBACKS.verify(null, null).getLeft().reason()).isEqualTo(KlingCallbacks.Reason.MISSING_HEADER);
            assertThat(CALLBACKS
                            .verify(ID, "yesterday", SIGNATURE, BODY)
                            .getLeft()
                            .reason())
                    .isEqualTo(KlingCallbacks.Reason.MALFORMED_TIMESTAMP);
            assertThat(CALLBACKS
                            .verify(ID, TIMESTAMP, "v1,not base64!", BODY)
                            .getLeft()
                            .reason())
                    .isEqualTo(KlingCallbacks.Reason.SIGNATURE_MISMATCH);
        }

        @Test
        void a_secret_that_is_not_base64_is_a_configuration_error_that_never_shows_the_secret() {
            assertThatThrownBy(() -> KlingCallbacks.verifyingWith(Secret.of("whsec_%%%secret%%%"), Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("%%%secret%%%");
            assertThat(CALLBACKS.toString()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        }

        @ParameterizedTest(name = "a key of {0} bytes")
        @ValueSource(ints = {1, 16, 23, 65, 200})
        void a_key_outside_the_24_to_64_bytes_of_standard_webhooks_is_refused_without_showing_it(int bytes) {
            String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);

            assertThatThrownBy(() -> KlingCallbacks.verifyingWith(Secret.of(secret), Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("24 to 64 bytes")
                    .hasMessageNotContaining(secret.substring(6));
        }

        @ParameterizedTest(name = "a key of {0} bytes")
        @ValueSource(ints = {24, 32, 64})
        void a_key_of_24_to_64_bytes_is_taken(int bytes) {
            String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);

            assertThat(KlingCallbacks.verifyingWith(Secret.of(secret), Clock.systemUTC()))
                    .isNotNull();
        }

        @Test
        void a_refused_webhook_is_never_parsed() {
            ElementsError error = CALLBACKS
                    .verifiedTask(headers(SIGNATURE), "{\"task_id\": \"1\", \"task_status\": \"succeed\"}")
                    .getLeft();

            assertThat(error).isInstanceOf(ElementsError.Unauthorized.class);
            assertThat(error.message()).contains("no v1 signature");
        }
    }

    @Nested
    class Bodies {

        @Test
        void reads_the_documented_legacy_callback() {
            CreationTask task = KlingCallbacks.parse(resource("kling/vendors-a9-legacy-callback.json"))
                    .get();

            assertThat(task.id()).isEqualTo(CreationTaskId.of("string"));
            assertThat(task.state()).isEqualTo(TaskState.FAILED);
            assertThat(task.failureReason()).contains("string");
            assertThat(task.idempotencyKey()).contains(IdempotencyKey.of("string"));
            assertThat(task.elements()).isEmpty();
            assertThat(task.createdAt()).contains(Instant.ofEpochMilli(1722769557708L));
        }

        @Test
        void reads_an_element_task_callback_with_its_elements() {
            String bare = json(resource("kling/anyfast-query-response.json"))
                    .path("data")
                    .toString();

            CreationTask task = KlingCallbacks.parse(bare).get();

            assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(task.elementIds()).containsExactly(ElementId.of("863121023120580600"));
        }

        @Test
        void reads_a_callback_still_wrapped_in_the_envelope() {
            CreationTask task = KlingCallbacks.parse(resource("kling/seed-004-query-response.json"))
                    .get();

            assertThat(task.elementIds()).containsExactly(ElementId.of("863121023120580600"));
        }

        @Test
        void reads_the_consoles_test_callback_in_the_new_standard_shape() {
            CreationTask task = KlingCallbacks.parse(resource("kling/vendors-a9-console-test-callback.json"))
                    .get();

            assertThat(task.id()).isEqualTo(CreationTaskId.of("913827032734642185"));
            assertThat(task.state()).isEqualTo(TaskState.SUBMITTED);
            assertThat(task.elements()).isEmpty();
            assertThat(task.createdAt()).contains(Instant.ofEpochMilli(1785901861504L));
        }

        @Test
        void reads_a_new_standard_element_output() {
            CreationTask task = KlingCallbacks.parse(resource("kling/vendors-a9-new-standard-element-callback.json"))
                    .get();
            Element element = task.elements().single();

            assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(task.idempotencyKey()).contains(IdempotencyKey.of("e4j-0a1b2c"));
            assertThat(element.id()).isEqualTo(ElementId.of("863121023120580607"));
            assertThat(element.kind()).isEqualTo(ReferenceKind.VIDEO);
            assertThat(element.status()).isEqualTo(ElementStatus.ACTIVE);
            assertThat(element.media().cover()).contains("string");
            assertThat(element.media().video()).contains("string");
            assertThat(element.voice().map(v -> v.id().value())).contains("string");
            assertThat(element.tags()).containsExactly(new Tag.Unrecognised("1", "string"));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "",
                    "not json",
                    "[1, 2]",
                    "{\"task_status\": \"succeed\"}",
                    "{\"task_id\": \"1\", \"task_status\": \"exploded\"}",
                    "{\"task_id\": \"1\", \"task_status\": \"succeed\", \"task_result\": {\"elements\": [{\"element_name\": \"x\"}]}}",
                    "{\"task_id\": {\"nested\": true}, \"task_status\": \"succeed\"}"
                })
        void a_body_that_is_not_a_usable_task_is_a_typed_failure(String body) {
            ElementsError error = KlingCallbacks.parse(body).getLeft();

            assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
            assertThat(error.message()).startsWith("the Kling callback body ");
        }
    }
}
