package io.elements4j.adapter.wavespeed;

import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.wavespeed.internal.WaveSpeedApi;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;

/**
 * WaveSpeed's basic model ({@value #ID}): Kling elements through {@code kwaivgi/kling-elements}, photos only — a
 * frontal photo and 1 to 3 more, no video reference — with an optional voice id. Predictions, webhooks, errors and
 * configuration are those of {@link WaveSpeedElementsProvider} ({@code api-key}, {@code callback-secret},
 * {@code accept-unsigned-callbacks}, {@code base-url}). Used only when named: the WaveSpeed jar alone means
 * {@value WaveSpeedElementsProvider#ID}.
 */
public final class WaveSpeedBasicElementsProvider extends VendorElementsProvider {

    /** The provider id. */
    public static final String ID = "wavespeed-basic";

    /** For {@link java.util.ServiceLoader}. */
    public WaveSpeedBasicElementsProvider() {
        super(
                WaveSpeedClient.Model.BASIC.metadata(
                        ID,
                        "WaveSpeed basic Kling elements model",
                        "https://wavespeed.ai/docs/docs-api/kwaivgi/kwaivgi-kling-elements"),
                WaveSpeedApi.class);
    }

    /**
     * A client of {@code kwaivgi/kling-elements}.
     *
     * @throws ProviderConfigurationException without an API key, with a base URL that is not http(s), or with a
     *                                        callback-secret that is blank or too short to be WaveSpeed's
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        return WaveSpeedClient.open(config, WaveSpeedClient.Model.BASIC, WaveSpeedClient.CALLBACK_SECRET);
    }

    /** Name it to use it. */
    @Override
    public boolean chosenOnlyByName() {
        return true;
    }
}
