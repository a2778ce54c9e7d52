package io.elements4j.adapter.support;

import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.Secret;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one vendor signs its webhooks in the Standard Webhooks layout ({@link WebhookSignatures}): the version tag, how
 * the signature is written, how the HMAC key is read from the secret the vendor hands out, and how far a timestamp
 * may be from now. Kling signs {@code v1,<Base64>} keyed with the Base64-decoded secret; WaveSpeed {@code v3,<hex>}
 * keyed with the secret's text.
 *
 * @param vendor    the vendor's name, as refusals name it
 * @param version   the version tag its signatures carry ({@code v1}, {@code v3})
 * @param encoding  how it writes a signature after the tag
 * @param key       reads the HMAC key from a secret, or says why the secret is not one (never repeating it), as
 *                  {@link WebhookSecrets#standardWebhooksKey} and {@link WebhookSecrets#textKeyAfterPrefix} do
 * @param tolerance how far a webhook's timestamp may be from now
 */
public record WebhookScheme(
        String vendor,
        String version,
        WebhookSignatures.Encoding encoding,
        Function<Secret, Either<String, byte[]>> key,
        Duration tolerance) {

    /** Checks every component. */
    public WebhookScheme {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tolerance, "tolerance");
    }

    /**
     * The verifier of webhooks signed with {@code secret}.
     *
     * @param secret the vendor's webhook secret, as configured
     * @param clock  what "now" is, for the timestamp's tolerance
     * @return the verifier
     * @throws IllegalArgumentException when the secret holds no key of this scheme, saying why without the secret
     */
    public WebhookSignatures verifier(Secret secret, Clock clock) {
        byte[] hmacKey = key.apply(secret)
                .getOrElseThrow(problem ->
                        new IllegalArgumentException("the " + vendor + " webhook secret is refused: " + problem));
        return WebhookSignatures.of(vendor, version, encoding, hmacKey, tolerance, clock);
    }

    /**
     * The gate a provider's configuration asks for ({@link WebhookGate#of}), its verifier judging timestamps by the
     * configuration's clock.
     *
     * @param config     the provider's configuration
     * @param key        the provider's {@code callback-secret} key
     * @param formerKeys keys the secret was once read under, tried in order when {@code key} is not set
     * @return the gate
     * @throws ProviderConfigurationException for a secret this scheme refuses, or an
     *                                        {@code accept-unsigned-callbacks} that is neither true nor false
     */
    public WebhookGate gate(ProviderConfig config, ConfigKey key, ConfigKey... formerKeys) {
        return WebhookGate.of(config, vendor, secret -> verifier(secret, config.clock()), key, formerKeys);
    }
}
