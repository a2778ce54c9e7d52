package io.elements4j.sandbox.kling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kling's two credentials: the API key, and an HS256 JWT of the access key signed with the secret key. */
class KlingSimulatorAuthTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static KlingSimulator kling;

    @BeforeAll
    static void start() {
        kling = new KlingSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(4));
    }

    @AfterAll
    static void stop() {
        kling.close();
    }

    KlingWire.Answer presetsWith(String authorizationHeader) {
        return new KlingWire(kling.baseUrl(), null)
                .authorization(authorizationHeader)
                .get("/v1/general/advanced-presets-elements");
    }

    String jwt(Instant expires, Instant notBefore) {
        return KlingWire.jwt(kling.accessKey(), kling.secretKey(), expires, notBefore);
    }

    @Test
    void accepts_the_api_key_as_a_bearer_token() {
        KlingWire.Answer answer = presetsWith("Bearer " + kling.credential());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isZero();
        assertThat(answer.message()).isEqualTo("SUCCEED");
    }

    @Test
    void accepts_a_jwt_of_the_access_key_signed_with_the_secret_key() {
        KlingWire.Answer answer = presetsWith("Bearer " + jwt(NOW.plusSeconds(1800), NOW.minusSeconds(5)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isZero();
    }

    @Test
    void a_missing_authorization_is_401_with_code_1001() {
        KlingWire.Answer answer = presetsWith(null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo(1001);
        assertThat(answer.body().path("request_id").asText()).isNotBlank();
        assertThat(answer.body().has("data")).isFalse();
    }

    @Test
    void a_wrong_key_is_401_with_code_1002() {
        KlingWire.Answer answer = presetsWith("Bearer wrong-" + kling.credential());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo(1002);
        assertThat(answer.message()).doesNotContain(kling.credential());
    }

    @Test
    void a_token_without_the_bearer_scheme_is_401_with_code_1002() {
        assertThat(presetsWith(kling.credential()).code()).isEqualTo(1002);
    }

    @Test
    void an_expired_jwt_is_401_with_code_1004() {
        KlingWire.Answer answer = presetsWith("Bearer " + jwt(NOW.minusSeconds(1), NOW.minus(Duration.ofMinutes(31))));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo(1004);
    }

    @Test
    void a_jwt_not_yet_valid_is_401_with_code_1003() {
        KlingWire.Answer answer = presetsWith("Bearer " + jwt(NOW.plusSeconds(1800), NOW.plusSeconds(60)));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo(1003);
    }

    @Test
    void a_jwt_signed_with_another_secret_is_401_with_code_1002() {
        String forged = KlingWire.jwt(kling.accessKey(), "not-the-secret", NOW.plusSeconds(1800), NOW.minusSeconds(5));

        assertThat(presetsWith("Bearer " + forged).code()).isEqualTo(1002);
    }

    @Test
    void a_jwt_of_another_access_key_is_401_with_code_1002() {
        String stranger = KlingWire.jwt("someone-else", kling.secretKey(), NOW.plusSeconds(1800), NOW.minusSeconds(5));

        assertThat(presetsWith("Bearer " + stranger).code()).isEqualTo(1002);
    }

    @Test
    void the_jwt_configuration_names_access_and_secret_key_and_no_api_key() {
        assertThat(kling.jwtConfiguration().toJavaMap())
                .containsEntry("elements.kling-official.base-url", kling.baseUrl())
                .containsEntry("elements.kling-official.access-key", kling.accessKey())
                .containsEntry("elements.kling-official.secret-key", kling.secretKey())
                .doesNotContainKey("elements.kling-official.api-key");
        assertThat(kling.configuration().toJavaMap())
                .containsEntry("elements.kling-official.api-key", kling.credential());
    }

    @Test
    void sandboxes_start_it_by_provider_id_on_loopback() {
        try (VendorSimulator started = Sandboxes.start("kling-official")) {
            assertThat(started).isInstanceOf(KlingSimulator.class);
            assertThat(started.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(new KlingWire(started.baseUrl(), started.credential())
                            .get("/v1/general/advanced-presets-elements")
                            .code())
                    .isZero();
        }
    }

    @Test
    void the_same_seed_gives_the_same_keys() {
        try (KlingSimulator twin = new KlingSimulator(Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(4))) {
            assertThat(twin.credential()).isEqualTo(kling.credential());
            assertThat(twin.accessKey()).isEqualTo(kling.accessKey());
            assertThat(twin.secretKey()).isEqualTo(kling.secretKey());
        }
    }
}
