package io.elements4j.adapter.wavespeed;

import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.support.WebhookSecrets;
import io.elements4j.adapter.support.WebhookSignatures;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedErrors;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.VoiceBindingKind;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * WaveSpeed ({@value #ID}): Kling elements through WaveSpeed's {@code kwaivgi/kling-elements-advanced} model (image
 * or video reference, a voice id). WaveSpeed runs each
 * create as a prediction, reported by polling or by a signed webhook; it cannot find, list or delete elements, and
 * takes no idempotency key.
 *
 * <p>Configuration: {@code api-key} (env {@code WAVESPEED_API_KEY}), sent as {@code Authorization: Bearer};
 * {@code callback-secret} ({@code WAVESPEED_WEBHOOK_SECRET}, {@code whsec_…}) to verify every webhook — without it
 * webhooks are refused unless {@code accept-unsigned-callbacks=true} (the former {@code webhook-secret} is still
 * read when {@code callback-secret} is not set); {@code base-url} ({@value #DEFAULT_BASE_URL}), timeouts and
 * retries.
 */
public final class WaveSpeedElementsProvider extends VendorElementsProvider {

    /** The provider id. */
    public static final String ID = "wavespeed";
    /** Where WaveSpeed's API answers. */
    public static final String DEFAULT_BASE_URL = "https://api.wavespeed.ai";

    static final String VENDOR = WaveSpeedErrors.VENDOR;
    static final String ADVANCED = "kling-elements-advanced";

    private static final ConfigKey API_KEY = ConfigKey.secret(
            "api-key",
            "WaveSpeed API key, sent as Authorization: Bearer (https://wavespeed.ai/accesskey)",
            "WAVESPEED_API_KEY");
    private static final ConfigKey CALLBACK_SECRET = ConfigKey.secret(
            ConfigKey.CALLBACK_SECRET.name(),
            "WaveSpeed webhook secret (whsec_…, from GET /api/v3/webhook/secret): every webhook must carry a valid"
                    + " signature; without it webhooks are refused unless accept-unsigned-callbacks=true",
            "WAVESPEED_WEBHOOK_SECRET");
    /** The key's name before 0.x: read when {@code callback-secret} is not set. */
    private static final ConfigKey WEBHOOK_SECRET =
            ConfigKey.secret("webhook-secret", "deprecated: the former name of callback-secret");

    /**
     * The advanced model's page: name ≤ 20, description required ≤ 100, a frontal photo and up to 4 more, or a video;
     * a voice by id; webhooks to public https hosts. At least one more photo, as Kling (behind WaveSpeed) requires:
     * the page's table marks {@code refer_images} optional yet says "2–4", so the lower bound is Kling's. Kling's
     * photo and video limits otherwise (docs/vendors.md).
     */
    private static final RuleProfile RULES = RuleProfile.builder(ID)
            .name(RuleProfile.NameRule.atMost(20))
            .description(RuleProfile.DescriptionRule.required(100))
            .images(KlingElementRules.images(1, 4))
            .video(KlingElementRules.video())
            .voice(new RuleProfile.VoiceRules(
                    HashSet.of(VoiceBindingKind.EXISTING), HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO), false))
            .callbacks(RuleProfile.CallbackRules.httpsToPublicHosts(2048))
            .build();

    private static final ProviderMetadata METADATA = new ProviderMetadata(
            ID,
            VENDOR,
            HashSet.of(
                    Capability.CREATE_IMAGE_ELEMENT,
                    Capability.CREATE_VIDEO_ELEMENT,
                    Capability.VOICE_BINDING,
                    Capability.CALLBACKS,
                    Capability.TASK_QUERY),
            RULES,
            DEFAULT_BASE_URL,
            VendorHttp.configKeys(API_KEY, CALLBACK_SECRET, ConfigKey.ACCEPT_UNSIGNED_CALLBACKS, WEBHOOK_SECRET),
            Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX));

    /** For {@link java.util.ServiceLoader}. */
    public WaveSpeedElementsProvider() {
        super(METADATA);
    }

    /**
     * A client of {@code kwaivgi/kling-elements-advanced}.
     *
     * @throws ProviderConfigurationException without an API key, with a base URL that is not http(s), or with a
     *                                        callback-secret that is blank or too short to be WaveSpeed's
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        Secret apiKey = config.requiredSecret(API_KEY, "a WaveSpeed API key, from https://wavespeed.ai/accesskey");
        Option<WebhookSignatures> webhooks = WebhookSecrets.verifier(config, CALLBACK_SECRET, s -> webhooks(s, config))
                .orElse(() -> WebhookSecrets.verifier(config, WEBHOOK_SECRET, s -> webhooks(s, config)));
        VendorHttp http = VendorHttp.builder(VENDOR, config, DEFAULT_BASE_URL)
                .bearer(apiKey)
                .classifier(new WaveSpeedErrors())
                .errorEnvelopeIn2xx(WaveSpeedErrors::isErrorEnvelope)
                .build();
        return new WaveSpeedClient(
                http,
                ADVANCED,
                new WaveSpeedClient.Webhooks(
                        webhooks,
                        WebhookSecrets.verification(config, webhooks.isDefined()),
                        WebhookSecrets.unsignedRefused(VENDOR, CALLBACK_SECRET)));
    }

    /**
     * WaveSpeed signs {@code v3,<hex>}, keyed with the secret after its {@code whsec_} prefix as it is (not Base64
     * decoded), and refuses nothing older than five minutes.
     */
    private static WebhookSignatures webhooks(Secret secret, ProviderConfig config) {
        byte[] key = WebhookSecrets.textKeyAfterPrefix(secret)
                .getOrElseThrow(
                        problem -> new IllegalArgumentException("the WaveSpeed webhook secret is refused: " + problem));
        return WebhookSignatures.of(
                VENDOR, "v3", WebhookSignatures.Encoding.HEX, key, Duration.ofMinutes(5), config.clock());
    }
}
