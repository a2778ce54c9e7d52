package io.elements4j.adapter.kling;

import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingWire;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;

/**
 * ezmodel ({@value #ID}), a new-api gateway that passes Kling's element API through unchanged under {@code /kling}
 * ({@value #DEFAULT_BASE_URL}), with an ezmodel token as Bearer: create (its {@code external_task_id} and
 * {@code callback_url} passed on, so a lost create is found by its key and Kling calls back directly), task query,
 * list, presets and delete by the older {@code delete-elements} path. Kling's answers come back raw; Kling's errors
 * come back wrapped by the gateway and are read for Kling's own code. Callbacks are signed for the gateway's Kling
 * account, so they are read unverified: give each task a callback URL no one can guess. A voice binds to video
 * elements only, as ezmodel's page says; no voice catalogue. Used only when named.
 *
 * <p>Configuration: {@code api-key} (env {@code EZMODEL_API_KEY}); optionally {@code base-url} (with the
 * {@code /kling} prefix), timeouts, retries.
 */
public final class EzmodelElementsProvider extends VendorElementsProvider {

    /** The provider id. */
    public static final String ID = "ezmodel";
    /** ezmodel's host and the prefix its Kling paths live under. */
    public static final String DEFAULT_BASE_URL = "https://api.ezmodel.cloud/kling";

    private static final ConfigKey TOKEN = KlingClient.relayToken("ezmodel", "EZMODEL_API_KEY");

    private static final ProviderMetadata METADATA = new ProviderMetadata(
                    ID,
                    "ezmodel.cloud",
                    new KlingOfficialElementsProvider()
                            .metadata()
                            .capabilities()
                            .remove(Capability.VOICE_CATALOGUE),
                    KlingElementRules.profile(ID, HashSet.of(ReferenceKind.VIDEO), 8, true),
                    DEFAULT_BASE_URL,
                    VendorHttp.configKeys(TOKEN),
                    Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX))
            .withCost(Capability.FIND, "no lookup by id: reads the listing, then the presets, a request per 500")
            .withDocumentation("https://doc.ezmodel.cloud/en/kling/element.html");

    /** For {@link java.util.ServiceLoader}. */
    public EzmodelElementsProvider() {
        super(METADATA, KlingApi.class);
    }

    /**
     * A client of ezmodel.
     *
     * @throws ProviderConfigurationException without a token, or with a base URL that is not http(s)
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        return KlingClient.relay(METADATA, config, TOKEN, new KlingWire(true, false, Option.none(), false));
    }

    /** Name it to use it: the Kling jar alone means {@code kling-official}. */
    @Override
    public boolean chosenOnlyByName() {
        return true;
    }
}
