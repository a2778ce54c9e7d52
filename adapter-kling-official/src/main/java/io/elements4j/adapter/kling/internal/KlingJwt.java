package io.elements4j.adapter.kling.internal;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.elements4j.adapter.support.OutgoingRequest;
import io.elements4j.adapter.support.RequestSigner;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.LinkedHashMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Kling's AK/SK token (see docs/vendors.md): an HS256 JWT signed with the secret key, {@code iss} = access key,
 * {@code exp} = now + 30 min, {@code nbf} = now − 5 s. One token is reused until it is within
 * {@link #RENEW_BEFORE} of expiring, then signed afresh; time comes from the configured clock. As the client's
 * {@link RequestSigner}, it puts the token on each attempt as it is sent ({@code Authorization: Bearer <token>}), so
 * a retry after a long backoff carries a token that is still valid. Thread-safe; a request reads the token in use
 * without a lock.
 */
public final class KlingJwt implements RequestSigner {

    static final Duration LIFETIME = Duration.ofSeconds(1800);
    static final Duration NOT_BEFORE_SKEW = Duration.ofSeconds(5);
    /** Renew this long before {@code exp}, so a token never expires in flight or on a slightly fast server clock. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final String accessKey;
    private final Algorithm algorithm;
    private final Clock clock;
    /** The token in use, with the header that carries it; null until the first request or after {@link #renew()}. */
    private volatile Issued issued;

    /**
     * Tokens for one key pair.
     *
     * @param accessKey the access key, each token's issuer
     * @param secretKey the secret key that signs the tokens
     * @param clock     the time tokens are issued at and judged by
     */
    public KlingJwt(String accessKey, Secret secretKey, Clock clock) {
        this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
        this.algorithm = Algorithm.HMAC256(secretKey.reveal());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token valid now and for at least {@link #RENEW_BEFORE}. */
    public String token() {
        return current().token();
    }

    /**
     * Kling's token covers the account, not the request: every request carries the same one while it is valid. The
     * header is made once per token, and read without a lock: only the request that finds it due signs a new one.
     */
    @Override
    public io.vavr.collection.Map<String, String> sign(OutgoingRequest request) {
        return current().header();
    }

    /** Drops the current token, so the next request carries a fresh one (after Kling said 1003 or 1004). */
    public synchronized void renew() {
        issued = null;
    }

    private Issued current() {
        Issued now = issued;
        return now != null && clock.millis() < now.renewAtMillis() ? now : renewed();
    }

    private synchronized Issued renewed() {
        Instant now = clock.instant();
        Issued current = issued;
        if (current == null || now.toEpochMilli() >= current.renewAtMillis()) {
            current = sign(now);
            issued = current;
        }
        return current;
    }

    /** A token, the {@code Authorization} header that carries it, and when to make the next one. */
    private record Issued(String token, io.vavr.collection.Map<String, String> header, long renewAtMillis) {}

    private Issued sign(Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        Instant expiresAt = issuedAt.plus(LIFETIME);
        String token = JWT.create()
                .withHeader(Map.of("typ", "JWT"))
                .withIssuer(accessKey)
                .withExpiresAt(expiresAt)
                .withNotBefore(issuedAt.minus(NOT_BEFORE_SKEW))
                .sign(algorithm);
        return new Issued(
                token,
                LinkedHashMap.of("Authorization", "Bearer " + token),
                expiresAt.minus(RENEW_BEFORE).toEpochMilli());
    }
}
