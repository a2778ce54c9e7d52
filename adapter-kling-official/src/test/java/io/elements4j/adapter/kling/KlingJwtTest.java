package io.elements4j.adapter.kling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.elements4j.adapter.kling.internal.KlingJwt;
import io.elements4j.conformance.ProviderTestKit;
import io.elements4j.domain.error.ElementsError;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.Secret;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.RecordedRequest;
import io.elements4j.sandbox.kling.KlingSimulator;
import io.elements4j.testkit.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The access key + secret key mode: an HS256 JWT with Kling's claims, renewed before it expires. */
class KlingJwtTest {

    @RegisterExtension
    static final ProviderTestKit kit = ProviderTestKit.of(new KlingOfficialElementsProvider());

    final KlingSimulator kling = kit.vendor(KlingSimulator.class);

    /** A client with the access key and a secret key (JWT), and no API key. */
    VendorClient jwtClient(String secretKey) {
        return kit.client(kit.configAt(kling.baseUrl())
                .set("access-key", kling.accessKey())
                .secret("secret-key", secretKey));
    }

    static DecodedJWT tokenOf(RecordedRequest request) {
        String header = request.header("Authorization").get();
        assertThat(header).startsWith("Bearer ");
        return JWT.decode(header.substring("Bearer ".length()));
    }

    @Test
    void signs_hs256_with_the_access_key_as_issuer_expiring_in_1800_s_valid_from_5_s_ago() {
        VirtualTime time = VirtualTime.startingAt(Instant.parse("2026-05-01T08:00:00Z"));
        KlingJwt jwt = new KlingJwt("ak-123", Secret.of("sk-456"), time.clock());

        DecodedJWT token = JWT.decode(jwt.token());

        assertThat(token.getAlgorithm()).isEqualTo("HS256");
        assertThat(token.getType()).isEqualTo("JWT");
        assertThat(token.getIssuer()).isEqualTo("ak-123");
        assertThat(token.getExpiresAtAsInstant()).isEqualTo(Instant.parse("2026-05-01T08:30:00Z"));
        assertThat(token.getNotBeforeAsInstant()).isEqualTo(Instant.parse("2026-05-01T07:59:55Z"));
        assertThatCode(() -> Algorithm.HMAC256("sk-456").verify(token)).doesNotThrowAnyException();
    }

    @Test
    void reuses_the_token_while_it_is_fresh_and_signs_a_new_one_near_expiry() {
        VirtualTime time = VirtualTime.startingAt(Instant.parse("2026-05-01T08:00:00Z"));
        KlingJwt jwt = new KlingJwt("ak-123", Secret.of("sk-456"), time.clock());
        String first = jwt.token();

        time.advance(Duration.ofMinutes(28));
        String stillFresh = jwt.token();
        time.advance(Duration.ofMinutes(1).plusSeconds(1));
        String renewed = jwt.token();

        assertThat(stillFresh).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(JWT.decode(renewed).getExpiresAtAsInstant()).isEqualTo(Instant.parse("2026-05-01T08:59:01Z"));
    }

    @Test
    void the_client_signs_its_requests_and_kling_accepts_them() {
        VendorClient client = jwtClient(kling.secretKey());

        assertThat(client.list(ElementFilter.all(), PageRequest.first(10)).isRight())
                .isTrue();

        DecodedJWT token = tokenOf(kit.last(Operation.LIST));
        Instant now = kit.time().now();
        assertThat(token.getIssuer()).isEqualTo(kling.accessKey());
        assertThat(token.getExpiresAtAsInstant()).isEqualTo(now.plusSeconds(1800));
        assertThat(token.getNotBeforeAsInstant()).isEqualTo(now.minusSeconds(5));
        assertThatCode(() -> Algorithm.HMAC256(kling.secretKey()).verify(token)).doesNotThrowAnyException();
    }

    @Test
    void keeps_working_for_hours_by_signing_anew_before_each_token_expires() {
        VendorClient client = jwtClient(kling.secretKey());
        client.list(ElementFilter.all(), PageRequest.first(10)).get();

        kit.time().advance(Duration.ofHours(3));
        boolean ok = client.list(ElementFilter.all(), PageRequest.first(10)).isRight();

        assertThat(ok).isTrue();
        assertThat(kit.sent(Operation.LIST)
                        .map(r -> tokenOf(r).getExpiresAtAsInstant())
                        .distinct())
                .hasSize(2);
    }

    @Test
    void a_token_kling_calls_expired_is_signed_afresh_and_the_call_sent_once_more() {
        VendorClient client = jwtClient(kling.secretKey());
        client.list(ElementFilter.all(), PageRequest.first(10)).get();
        kit.time().advance(Duration.ofSeconds(30));
        kling.injectFault(Operation.CREATE, Fault.status(401, "1004", "Authorization has expired"), 1);

        assertThat(client.submit(kit.drafts().image("Maeva").build()).isRight()).isTrue();

        assertThat(kit.sent(Operation.CREATE)).hasSize(2);
        assertThat(tokenOf(kit.sent(Operation.CREATE).last()).getExpiresAtAsInstant())
                .isAfter(tokenOf(kit.sent(Operation.CREATE).head()).getExpiresAtAsInstant());
    }

    @Test
    void a_wrong_secret_key_is_unauthorized_and_no_message_holds_a_key() {
        VendorClient client = jwtClient("not-the-secret-key");

        ElementsError error =
                client.list(ElementFilter.all(), PageRequest.first(10)).getLeft();

        assertThat(error).isInstanceOf(ElementsError.Unauthorized.class);
        assertThat(error.vendorCode()).contains("1002");
        assertThat(error.toString()).doesNotContain("not-the-secret-key").doesNotContain(kling.secretKey());
        assertThat(client.toString()).doesNotContain("not-the-secret-key");
    }
}
