package io.elements4j.adapter.support;

import io.elements4j.domain.error.ElementsError;
import io.elements4j.ports.callback.CallbackVerification;
import io.elements4j.ports.callback.IncomingCallback;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a provider whose vendor signs its webhooks admits one, failing closed as {@link WebhookSecrets} reads the
 * configuration: checked with the verifier made from {@code callback-secret} when it is set; taken unverified only
 * under {@code accept-unsigned-callbacks=true}; refused otherwise, saying what to set.
 *
 * @param verifier     the verifier made from the configured secret, if one is set
 * @param verification the verification in force, as {@link io.elements4j.ports.api.VendorClient#callbackVerification()}
 *                     reports it
 * @param refusal      the error an unverifiable webhook gets when unsigned ones are not accepted
 */
public record WebhookGate(
        Option<WebhookSignatures> verifier, CallbackVerification verification, ElementsError refusal) {

    /**
     * Creates the gate.
     *
     * @param verifier     the verifier, if a secret is set
     * @param verification the verification in force
     * @param refusal      the refusal of an unverifiable webhook
     */
    public WebhookGate {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(refusal, "refusal");
    }

    /**
     * The gate a provider's configuration asks for.
     *
     * @param config     the provider's configuration
     * @param vendor     the vendor's name, as the refusal names it
     * @param verifierOf makes the verifier from a secret; throws {@link IllegalArgumentException} saying what is wrong
     *                   with it (never repeating it)
     * @param key        the provider's {@code callback-secret} key
     * @param formerKeys keys the secret was once read under, tried in order when {@code key} is not set
     * @return the gate
     * @throws ProviderConfigurationException for a secret the verifier refuses, or an
     *                                        {@code accept-unsigned-callbacks} that is neither true nor false
     */
    public static WebhookGate of(
            ProviderConfig config,
            String vendor,
            Function<Secret, WebhookSignatures> verifierOf,
            ConfigKey key,
            ConfigKey... formerKeys) {
        Option<WebhookSignatures> verifier = List.of(key)
                .appendAll(List.of(formerKeys))
                .iterator() // lazily: a former key is read only when no newer one is set
                .map(k -> WebhookSecrets.verifier(config, k, verifierOf))
                .find(Option::isDefined)
                .flatMap(Function.identity());
        return new WebhookGate(
                verifier,
                WebhookSecrets.verification(config, verifier.isDefined()),
                WebhookSecrets.unsignedRefused(vendor, key));
    }

    /**
     * Admits a webhook: genuine by its signature, or taken unverified by explicit choice or because the vendor's
     * callbacks cannot be verified here ({@code VENDOR_DOES_NOT_SIGN}).
     *
     * @param callback the webhook as it arrived
     * @return the same webhook, or why it is refused ({@code Unauthorized}, never naming the secret)
     */
    public Either<ElementsError, IncomingCallback> admit(IncomingCallback callback) {
        return verifier.map(signatures -> signatures.verify(callback).map(ok -> callback))
                .getOrElse(() -> verification == CallbackVerification.UNSIGNED_ACCEPTED
                                || verification == CallbackVerification.VENDOR_DOES_NOT_SIGN
                        ? Either.right(callback)
                        : Either.left(refusal));
    }
}
