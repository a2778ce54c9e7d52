package io.elements4j.adapter.wavespeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elements4j.client.Elements;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.task.CreationTask;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WaveSpeed signs its webhooks, so they fail closed as Kling's do: without {@code callback-secret} they are refused
 * unless {@code accept-unsigned-callbacks=true}; a blank or short secret stops the build, naming the key, never the
 * value; the former {@code webhook-secret} is still read.
 */
class WaveSpeedWebhookSecretTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new WaveSpeedElementsProvider());

    private static final String SECRET = "whsec_0123456789abcdef0123456789abcdef";
    private static final String BODY =
            "{\"id\":\"abc\",\"status\":\"completed\",\"outputs\":[{\"element_id\":321930081569316}]}";

    private static ProviderConfig.Builder withoutSecret() {
        return kit.configAt(kit.vendor().baseUrl()).apiKey(kit.vendor().credential());
    }

    @Test
    void without_a_secret_an_unsigned_webhook_is_refused_and_the_verification_says_so() {
        VendorClient client = kit.client(withoutSecret());

        Either<ElementsError, CreationTask> read = client.readCallback(IncomingCallback.ofSingleValues(Map.of(), BODY));

        assertThat(client.callbackVerification()).isEqualTo(CallbackVerification.UNSIGNED_REFUSED);
        assertThat(read.getLeft())
                .isInstanceOf(ElementsError.Unauthorized.class)
                .satisfies(e -> assertThat(e.message())
                        .contains("callback-secret", "WAVESPEED_WEBHOOK_SECRET", "accept-unsigned-callbacks=true"));
    }

    @Test
    void accept_unsigned_callbacks_takes_them_unverified_by_explicit_choice() {
        VendorClient client = kit.client(withoutSecret().set("accept-unsigned-callbacks", "true"));

        Either<ElementsError, CreationTask> read = client.readCallback(IncomingCallback.ofSingleValues(Map.of(), BODY));

        assertThat(client.callbackVerification()).isEqualTo(CallbackVerification.UNSIGNED_ACCEPTED);
        assertThat(read.get().elementIds().map(id -> id.value())).containsExactly("321930081569316");
    }

    @Test
    void with_the_secret_a_good_signature_is_read_and_a_bad_one_refused() throws Exception {
        VendorClient client = kit.client(withoutSecret().secret("callback-secret", SECRET));
        String timestamp = Long.toString(kit.time().clock().instant().getEpochSecond());

        assertThat(client.callbackVerification()).isEqualTo(CallbackVerification.SIGNATURES_CHECKED);
        assertThat(client.readCallback(signed(BODY, timestamp, SECRET)).isRight())
                .isTrue();
        assertThat(client.readCallback(signed(BODY, timestamp, "whsec_another-secret-of-enough-length"))
                        .getLeft())
                .isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(client.readCallback(IncomingCallback.ofSingleValues(Map.of(), BODY))
                        .getLeft())
                .isInstanceOf(ElementsError.Unauthorized.class);
    }

    @Test
    void the_former_webhook_secret_key_is_still_read() throws Exception {
        VendorClient client = kit.client(withoutSecret().secret("webhook-secret", SECRET));
        String timestamp = Long.toString(kit.time().clock().instant().getEpochSecond());

        assertThat(client.callbackVerification()).isEqualTo(CallbackVerification.SIGNATURES_CHECKED);
        assertThat(client.readCallback(signed(BODY, timestamp, SECRET)).isRight())
                .isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"whsec_", "whsec_short-1", "whsec_has a space inside it"})
    void a_blank_or_malformed_secret_fails_the_build_naming_the_key_never_the_value(String secret) {
        assertThatThrownBy(() -> kit.client(withoutSecret().secret("callback-secret", secret)))
                .isInstanceOfSatisfying(
                        ProviderConfigurationException.class,
                        e -> assertThat(e.key().map(k -> k.name())).contains("callback-secret"))
                .hasMessageContaining("WAVESPEED_WEBHOOK_SECRET")
                .satisfies(e -> {
                    if (secret.length() > 6) {
                        assertThat(e.getMessage()).doesNotContain(secret.substring(6));
                    }
                });
    }

    @Test
    void an_empty_secret_in_the_environment_fails_the_build_instead_of_turning_verification_off() {
        assertThatThrownBy(() -> Elements.builder()
                        .provider(new WaveSpeedElementsProvider())
                        .config(Map.of("elements.wavespeed.api-key", "wavespeed-test-key"))
                        .systemProperties(new Properties())
                        .env(Map.of("WAVESPEED_WEBHOOK_SECRET", " "))
                        .build())
                .isInstanceOfSatisfying(
                        ProviderConfigurationException.class,
                        e -> assertThat(e.key().map(k -> k.name())).contains("callback-secret"))
                .hasMessageContaining("WAVESPEED_WEBHOOK_SECRET")
                .hasMessageContaining("blank");
    }

    private static IncomingCallback signed(String body, String timestamp, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.substring(6).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of()
                .formatHex(mac.doFinal(("wh-1." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return IncomingCallback.ofSingleValues(
                Map.of("webhook-id", "wh-1", "webhook-timestamp", timestamp, "webhook-signature", "v3," + signature),
                body);
    }
}
