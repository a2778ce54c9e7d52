package io.elements4j.adapter.wavespeed;

import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;

/**
 * WaveSpeed ({@value #ID}): Kling elements through WaveSpeed's {@code kwaivgi/kling-elements-advanced} model (image
 * or video reference, a voice id). WaveSpeed runs each create as a prediction, reported by polling or by a signed
 * webhook; it cannot find, list or delete elements, and takes no idempotency key. Its simpler photo-only model is
 * {@link WaveSpeedBasicElementsProvider}.
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

    /** The key's name before 0.x: read when {@code callback-secret} is not set. */
    private static final ConfigKey WEBHOOK_SECRET =
            ConfigKey.secret("webhook-secret", "deprecated: the former name of callback-secret");

    /** For {@link java.util.ServiceLoader}. */
    public WaveSpeedElementsProvider() {
        super(
                WaveSpeedClient.Model.ADVANCED.metadata(
                        ID,
                        WaveSpeedClient.VENDOR,
                        "https://wavespeed.ai/docs/docs-api/kwaivgi/kwaivgi-kling-elements-advanced",
                        WEBHOOK_SECRET),
                WaveSpeedApi.class);
    }

    /**
     * A client of {@code kwaivgi/kling-elements-advanced}.
     *
     * @throws ProviderConfigurationException without an API key, with a base URL that is not http(s), or with a
     *                                        callback-secret that is blank or too short to be WaveSpeed's
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        return WaveSpeedClient.open(
                config, WaveSpeedClient.Model.ADVANCED, WaveSpeedClient.CALLBACK_SECRET, WEBHOOK_SECRET);
    }
}
