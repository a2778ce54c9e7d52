package io.elements4j.adapter.falqueue;

import io.elements4j.adapter.falqueue.internal.FalQueueApi;
import io.elements4j.adapter.falqueue.internal.FalQueueErrors;
import io.elements4j.adapter.support.CreationOnlyMetadata;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Kling elements through <b>GMI Cloud's request queue</b> — the protocol of GMI Cloud's queue guide ({@code POST /requests},
 * {@code GET /requests/{request_id}}, model {@code kling-create-element}). Its id is {@code gmi-cloud}; the id it was
 * first published under, {@code fal-queue}, still selects it (deprecated). The module and package keep the old name.
 * fal.ai's own queue hosts no stored elements (its Kling models take elements inline on every generation), so this
 * provider does not speak fal.ai's protocol; see the module's README.
 *
 * <p>Configuration: {@code api-key} (env {@code GMI_API_KEY}), optional {@code organization-id}
 * ({@code GMI_ORGANIZATION_ID}, sent as {@code X-Organization-ID}), {@code model} (default
 * {@code kling-create-element}), {@code base-url}, timeouts and {@code max-retries}.
 */
public final class FalQueueElementsProvider extends VendorElementsProvider {

    static final String ID = "gmi-cloud";
    /** The id this provider was published under before it was named after its vendor; deprecated. */
    static final String FORMER_ID = "fal-queue";

    static final String VENDOR = "GMI Cloud request queue";
    static final String DEFAULT_BASE_URL = "https://console.gmicloud.ai/api/v1/ie/requestqueue/apikey";
    static final String DEFAULT_MODEL = "kling-create-element";
    static final String ORGANIZATION_HEADER = "X-Organization-ID";

    static final ConfigKey API_KEY =
            ConfigKey.secret("api-key", "GMI Cloud API key, sent as Authorization: Bearer <key>", "GMI_API_KEY");
    static final ConfigKey ORGANIZATION_ID = ConfigKey.plain(
            "organization-id",
            "GMI Cloud organization id, sent as X-Organization-ID (optional)",
            "GMI_ORGANIZATION_ID");
    static final ConfigKey MODEL =
            ConfigKey.plain("model", "the queue's element-creation model (default " + DEFAULT_MODEL + ")");

    private static final ProviderMetadata METADATA = CreationOnlyMetadata.of(
                    ID,
                    "GMI Cloud request queue (Kling elements)",
                    KlingElementRules.profile(ID, HashSet.of(ReferenceKind.VIDEO), 8, false),
                    DEFAULT_BASE_URL,
                    VendorHttp.configKeys(API_KEY, ORGANIZATION_ID, MODEL),
                    Capability.TAG_CATALOGUE)
            .withDocumentation("https://docs.gmicloud.ai/model-quickstarts/video/kling-v3-omni")
            .withFormerId(FORMER_ID);

    /** For {@link java.util.ServiceLoader}. */
    public FalQueueElementsProvider() {
        super(METADATA, FalQueueApi.class);
    }

    /**
     * @throws ProviderConfigurationException when no API key is configured; the message names every way to set one
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        Objects.requireNonNull(config, "config");
        Secret apiKey = config.requiredSecret(API_KEY, "a GMI Cloud API key, from the GMI Cloud console");
        String model = nonBlank(config.get(MODEL.name())).getOrElse(DEFAULT_MODEL);
        Option<String> organization = nonBlank(config.get(ORGANIZATION_ID.name()));
        VendorHttp.Builder http = VendorHttp.builder(VENDOR, config, DEFAULT_BASE_URL)
                .bearer(apiKey)
                .classifier(new FalQueueErrors(VENDOR));
        organization.forEach(org -> http.fixedHeader(ORGANIZATION_HEADER, org));
        return new FalQueueClient(http.build(), model);
    }

    private static Option<String> nonBlank(Option<String> value) {
        return value.map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "FalQueueElementsProvider[" + ID + " → " + VENDOR + "]";
    }
}
