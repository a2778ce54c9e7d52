package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.domain.draft.IdempotencyKey;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.domain.task.CreationTaskId;
import io.elements4j.domain.task.TaskState;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Kling's callbacks through the facade's one receiver: verified when {@code callback-secret} is set. */
class KlingCallbackReceiverTest {

    private static final Instant NOW = Instant.ofEpochSecond(Long.parseLong(KlingCallbacksTest.TIMESTAMP));
    private static final String LEGACY = "{\"task_id\": \"860000000000000123\", \"task_status\": \"succeed\","
            + " \"task_status_msg\": \"\", \"created_at\": 1614265300000, \"updated_at\": 1614265330000,"
            + " \"task_info\": {\"external_task_id\": \"hero-042\"},"
            + " \"task_result\": {\"elements\": [{\"element_id\": \"860123456789012345\", \"element_name\": \"Maeva\"}]}}";

    private static Elements facade(boolean withSecret) {
        return facade(
                withSecret ? Map.of("elements.kling-official.callback-secret", KlingCallbacksTest.SECRET) : Map.of(),
                Map.of());
    }

    private static Elements facade(Map<String, String> settings, Map<String, String> env) {
        Map<String, String> config = new HashMap<>(Map.of("elements.kling-official.api-key", "kling-test-key"));
        config.putAll(settings);
        return Elements.builder()
                .provider(new KlingOfficialElementsProvider())
                .config(config)
                .systemProperties(new Properties())
                .env(env)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    private static IncomingCallback signed(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(KlingCallbacksTest.SECRET.substring(6)), "HmacSHA256"));
        String signature = Base64.getEncoder()
                .encodeToString(mac.doFinal((KlingCallbacksTest.ID + "." + KlingCallbacksTest.TIMESTAMP + "." + body)
                        .getBytes(StandardCharsets.UTF_8)));
        return IncomingCallback.ofSingleValues(
                Map.of(
                        "Webhook-Id",
                        KlingCallbacksTest.ID,
                        "Webhook-Timestamp",
                        KlingCallbacksTest.TIMESTAMP,
                        "Webhook-Signature",
                        "v1,bm90IGl0 v1," + signature),
                body);
    }

    @Test
    void a_signed_callback_is_read_into_its_task() throws Exception {
        try (Elements elements = facade(true)) {
            CreationTask task = elements.receiveCallback(signed(LEGACY)).get();

            assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(task.elementIds().map(e -> e.value())).containsExactly("860123456789012345");
        }
    }

    @Test
    void with_a_secret_an_unsigned_or_forged_callback_is_refused() throws Exception {
        try (Elements elements = facade(true)) {
            Either<ElementsError, CreationTask> unsigned =
                    elements.receiveCallback(IncomingCallback.ofSingleValues(Map.of(), LEGACY));
            Either<ElementsError, CreationTask> forged =
                    elements.receiveCallback(signed(LEGACY.replace("succeed", "failed")));
            IncomingCallback genuine = signed(LEGACY);
            Either<ElementsError, CreationTask> swapped = elements.receiveCallback(IncomingCallback.ofSingleValues(
                    Map.of(
                            "webhook-id",
                            KlingCallbacksTest.ID,
                            "webhook-timestamp",
                            KlingCallbacksTest.TIMESTAMP,
                            "webhook-signature",
                            genuine.header("webhook-signature").get()),
                    LEGACY.replace("succeed", "failed")));

            assertThat(unsigned.getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
            assertThat(unsigned.getLeft().message())
                    .contains("webhook-signature")
                    .doesNotContain("MfKQ9r8GKYqr");
            assertThat(forged.isRight())
                    .as("a body signed with the secret is genuine, whatever it says")
                    .isTrue();
            assertThat(swapped.getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
        }
    }

    @Test
    void the_published_test_vector_verifies_and_its_body_is_then_refused_as_not_a_task() {
        try (Elements elements = facade(true)) {
            Either<ElementsError, CreationTask> read = elements.receiveCallback(IncomingCallback.ofSingleValues(
                    KlingCallbacksTest.headers(KlingCallbacksTest.SIGNATURE), KlingCallbacksTest.BODY));

            assertThat(read.getLeft())
                    .isInstanceOfSatisfying(
                            ElementsError.ProviderFailure.class,
                            failure -> assertThat(failure.message()).startsWith("the Kling callback body"));
        }
    }

    @Test
    void without_a_secret_callbacks_are_refused_saying_how_to_verify_them() {
        try (Elements elements = facade(false)) {
            Either<ElementsError, CreationTask> read =
                    elements.receiveCallback(IncomingCallback.ofSingleValues(Map.of(), LEGACY));

            assertThat(read.getLeft()).isInstanceOf(ElementsError.Unauthorized.class);
            assertThat(read.getLeft().message()).contains("callback-secret", "accept-unsigned-callbacks");
            assertThat(elements.callbackVerification()).isEqualTo(CallbackVerification.UNSIGNED_REFUSED);
            assertThat(elements.taskUpdates().latest(CreationTaskId.of("860000000000000123")))
                    .isEmpty();
        }
    }

    @Test
    void unsigned_callbacks_are_read_as_they_come_only_by_the_explicit_choice() {
        try (Elements elements =
                facade(Map.of("elements.kling-official.accept-unsigned-callbacks", "true"), Map.of())) {
            assertThat(elements.receiveCallback(IncomingCallback.ofSingleValues(Map.of(), LEGACY))
                            .map(CreationTask::state))
                    .isEqualTo(Either.right(TaskState.SUCCEEDED));
            assertThat(elements.callbackVerification()).isEqualTo(CallbackVerification.UNSIGNED_ACCEPTED);
            assertThat(elements.callbackVerification().describe()).startsWith("UNVERIFIED");
        }
    }

    @Test
    void with_a_secret_the_choice_to_accept_unsigned_callbacks_changes_nothing() {
        try (Elements elements = facade(
                Map.of(
                        "elements.kling-official.callback-secret",
                        KlingCallbacksTest.SECRET,
                        "elements.kling-official.accept-unsigned-callbacks",
                        "true"),
                Map.of())) {
            assertThat(elements.callbackVerification()).isEqualTo(CallbackVerification.SIGNATURES_CHECKED);
            assertThat(elements.receiveCallback(IncomingCallback.ofSingleValues(Map.of(), LEGACY))
                            .getLeft())
                    .isInstanceOf(ElementsError.Unauthorized.class);
        }
    }

    @Test
    void an_empty_webhook_secret_in_the_environment_fails_the_build_instead_of_turning_verification_off() {
        assertThatThrownBy(() -> facade(Map.of(), Map.of("KLING_WEBHOOK_SECRET", "")))
                .isInstanceOfSatisfying(
                        ProviderConfigurationException.class,
                        e -> assertThat(e.key().map(k -> k.name())).contains("callback-secret"))
                .hasMessageContaining("env KLING_WEBHOOK_SECRET")
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> facade(Map.of("elements.kling-official.callback-secret", "  \n"), Map.of()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("callback-secret");
    }

    @Test
    void a_blank_setting_is_overridden_by_a_real_secret_elsewhere() {
        try (Elements elements = facade(
                Map.of("elements.kling-official.callback-secret", ""),
                Map.of("KLING_WEBHOOK_SECRET", KlingCallbacksTest.SECRET))) {
            assertThat(elements.callbackVerification()).isEqualTo(CallbackVerification.SIGNATURES_CHECKED);
        }
    }

    @Test
    void a_truncated_secret_is_a_configuration_error_that_does_not_repeat_it() {
        String truncated = KlingCallbacksTest.SECRET.substring(0, 22);

        assertThatThrownBy(() -> facade(Map.of("elements.kling-official.callback-secret", truncated), Map.of()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("callback-secret")
                .hasMessageNotContaining(truncated.substring(6));
    }

    @Test
    void accept_unsigned_callbacks_takes_only_true_or_false() {
        assertThatThrownBy(() -> facade(Map.of("elements.kling-official.accept-unsigned-callbacks", "yes"), Map.of()))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("accept-unsigned-callbacks must be true or false");
    }

    @Test
    void a_secret_that_is_not_base64_is_a_configuration_error_that_does_not_repeat_it() {
        assertThatThrownBy(() -> Elements.builder()
                        .provider(new KlingOfficialElementsProvider())
                        .config(Map.of(
                                "elements.kling-official.api-key",
                                "k",
                                "elements.kling-official.callback-secret",
                                "whsec_not*base64*secret"))
                        .systemProperties(new Properties())
                        .env(Map.of())
                        .build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("callback-secret")
                .hasMessageNotContaining("not*base64*secret");
    }

    @Test
    void an_over_long_task_id_is_refused_quoting_a_short_prefix() {
        try (Elements elements =
                facade(Map.of("elements.kling-official.accept-unsigned-callbacks", "true"), Map.of())) {
            ElementsError error = elements.receiveCallback(IncomingCallback.ofSingleValues(
                            Map.of(), LEGACY.replace("860000000000000123", "8".repeat(50_000))))
                    .getLeft();

            assertThat(error).isInstanceOf(ElementsError.ProviderFailure.class);
            assertThat(error.message())
                    .contains("task_id '8888", "(50000 characters)")
                    .hasSizeLessThan(300);
        }
    }

    @Test
    void a_callback_names_its_draft_by_the_external_task_id_kling_echoes_even_without_its_url() throws Exception {
        try (Elements elements = facade(true)) {
            elements.receiveCallback(signed(LEGACY)).get();

            assertThat(elements.taskUpdates()
                            .forDraft(IdempotencyKey.of("hero-042"))
                            .map(task -> task.id().value()))
                    .contains("860000000000000123");
        }
    }

    @Test
    void a_signed_body_replayed_to_another_drafts_url_is_refused() throws Exception {
        try (Elements elements = facade(true)) {
            IncomingCallback genuine = signed(LEGACY);
            IncomingCallback replayed = genuine.withUrl("/elements/callbacks?elements4j-draft=hero-043");

            assertThat(elements.receiveCallback(replayed).getLeft().message()).contains("names draft hero-043");
            assertThat(elements.receiveCallback(genuine.withUrl("/elements/callbacks?elements4j-draft=hero-042"))
                            .isRight())
                    .isTrue();
        }
    }
}
