package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.Secret;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The configuration of a vendor that signs its callbacks, read so that it fails closed: a {@code callback-secret}
 * that is not a valid secret stops the provider from being built (naming the key, never repeating the value), and
 * running without one is the explicit {@code accept-unsigned-callbacks=true} choice — without it, unsigned callbacks
 * are refused.
 *
 * <p>Standard Webhooks secrets (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md)
 * are {@code whsec_} and the Base64 of the HMAC key, which the specification puts between 24 and 64 bytes; the bare
 * Base64 is taken too, as the reference libraries take it.
 */
public final class WebhookSecrets {

    /** The shortest HMAC key a Standard Webhooks secret may hold. */
    public static final int MIN_KEY_BYTES = 24;
    /** The longest HMAC key a Standard Webhooks secret may hold. */
    public static final int MAX_KEY_BYTES = 64;

    private static final String PREFIX = "whsec_";

    private WebhookSecrets() {}

    /**
     * The HMAC key a Standard Webhooks secret holds.
     *
     * @param secret the secret as configured ({@code whsec_…} or the bare Base64)
     * @return the key, or why the secret is not one (never containing the secret)
     */
    public static Either<String, byte[]> standardWebhooksKey(Secret secret) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.reveal().strip();
        if (encoded.startsWith(PREFIX)) {
            encoded = encoded.substring(PREFIX.length());
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return Either.left("it is not Base64 after its whsec_ prefix");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            return Either.left("it must hold a key of " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes after its"
                    + " whsec_ prefix (Standard Webhooks), and it holds "
                    + (key.length < MIN_KEY_BYTES ? "fewer" : "more")
                    + "; copy the whole secret from the vendor's console");
        }
        return Either.right(key);
    }

    /** The shortest key a secret used as text after its {@code whsec_} prefix may hold. */
    public static final int MIN_TEXT_KEY_CHARS = 16;

    /**
     * The HMAC key of a vendor that keys with the text after {@code whsec_} as it is, not Base64-decoded (WaveSpeed:
     * https://wavespeed.ai/docs/docs-api/verifying_webhook).
     *
     * @param secret the secret as configured ({@code whsec_…} or the text after the prefix)
     * @return the key's bytes (UTF-8), or why the secret is not one (never containing the secret)
     */
    public static Either<String, byte[]> textKeyAfterPrefix(Secret secret) {
        Objects.requireNonNull(secret, "secret");
        String text = secret.reveal().strip();
        if (text.startsWith(PREFIX)) {
            text = text.substring(PREFIX.length());
        }
        if (text.length() < MIN_TEXT_KEY_CHARS) {
            return Either.left("it must hold at least " + MIN_TEXT_KEY_CHARS + " characters after its whsec_ prefix,"
                    + " and it holds " + text.length() + "; copy the whole secret the vendor gives");
        }
        if (!text.chars().allMatch(c -> c > ' ' && c < 127)) {
            return Either.left("it holds spaces or characters outside printable ASCII; copy the whole secret the"
                    + " vendor gives, and nothing around it");
        }
        return Either.right(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * Reads {@code callback-secret} into the provider's verifier, or fails the build when it is not a valid secret.
     *
     * @param config     the provider's configuration
     * @param key        the provider's {@code callback-secret} key (with its vendor env names)
     * @param verifierOf makes the verifier from the secret; throws {@link IllegalArgumentException} saying what is
     *                   wrong with it (never repeating it)
     * @param <V>        the verifier
     * @return the verifier, or none when no secret is set
     * @throws ProviderConfigurationException naming the key, for a secret the verifier refuses
     */
    public static <V> Option<V> verifier(ProviderConfig config, ConfigKey key, Function<Secret, V> verifierOf) {
        return config.secret(key.name()).map(secret -> {
            try {
                return verifierOf.apply(secret);
            } catch (IllegalArgumentException e) {
                throw new ProviderConfigurationException(
                        config.providerId(),
                        key,
                        key.name()
                                + " is not a valid webhook secret: " + e.getMessage() + " (set one of "
                                + key.names(config.providerId()).mkString(", ") + ")");
            }
        });
    }

    /**
     * The verification in force for a vendor that signs its callbacks.
     *
     * @param config    the provider's configuration
     * @param hasSecret whether a {@code callback-secret} is set
     * @return checked with the secret; accepted unsigned by explicit choice; or refused
     * @throws ProviderConfigurationException when {@code accept-unsigned-callbacks} is neither true nor false
     */
    public static CallbackVerification verification(ProviderConfig config, boolean hasSecret) {
        if (hasSecret) {
            return CallbackVerification.SIGNATURES_CHECKED;
        }
        return acceptsUnsigned(config) ? CallbackVerification.UNSIGNED_ACCEPTED : CallbackVerification.UNSIGNED_REFUSED;
    }

    /**
     * The refusal of a callback that arrives unverifiable: the vendor signs its callbacks, no {@code callback-secret}
     * is set, and {@code accept-unsigned-callbacks} is not true.
     *
     * @param vendor the vendor's name
     * @param key    the provider's {@code callback-secret} key, whose env names the message gives
     * @return {@code Unauthorized}, saying what to set
     */
    public static ElementsError unsignedRefused(String vendor, ConfigKey key) {
        String env = key.vendorEnvNames().isEmpty()
                ? ""
                : " (env " + key.vendorEnvNames().mkString(", ") + ")";
        return new ElementsError.Unauthorized(
                vendor + " callback refused: no " + key.name() + " is configured to verify its signature; set "
                        + key.name() + env + " to the vendor's webhook secret, or set "
                        + ConfigKey.ACCEPT_UNSIGNED_CALLBACKS.name() + "=true to take callbacks unverified",
                Option.none(),
                Option.none());
    }

    /** {@code accept-unsigned-callbacks}: true or false, anything else a configuration error. */
    private static boolean acceptsUnsigned(ProviderConfig config) {
        ConfigKey key = ConfigKey.ACCEPT_UNSIGNED_CALLBACKS;
        Option<String> value = config.get(key.name()).map(v -> v.strip().toLowerCase(Locale.ROOT));
        if (value.isEmpty() || value.get().equals("false")) {
            return false;
        }
        if (value.get().equals("true")) {
            return true;
        }
        throw new ProviderConfigurationException(
                config.providerId(), key, key.propertyName(config.providerId()) + " must be true or false");
    }
}
