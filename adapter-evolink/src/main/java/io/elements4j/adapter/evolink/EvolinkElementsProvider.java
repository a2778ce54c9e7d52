package io.elements4j.adapter.evolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.evolink.internal.EvolinkApi;
import io.elements4j.adapter.evolink.internal.EvolinkErrors;
import io.elements4j.adapter.evolink.internal.TaskObject;
import io.elements4j.adapter.support.CreationOnlyMetadata;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;

/**
 * Evolink ({@code evolink}): Kling elements through Evolink's {@code kling-custom-element} model. Evolink can create
 * image and video elements (a voice id on video elements), call back when a task ends, and report a task; it cannot
 * find, list, delete or catalogue elements, tags or voices.
 *
 * <p>Configuration: {@code elements.evolink.api-key} (or env {@code ELEMENTS_EVOLINK_API_KEY} or
 * {@code EVOLINK_API_KEY}), sent as {@code Authorization: Bearer <key>}; optionally {@code base-url} (default
 * {@value #DEFAULT_BASE_URL}), {@code connect-timeout}, {@code read-timeout}, {@code max-retries}.
 */
public final class EvolinkElementsProvider extends VendorElementsProvider {

    public static final String ID = "evolink";
    public static final String DEFAULT_BASE_URL = "https://api.evolink.ai";

    private static final ConfigKey API_KEY = ConfigKey.secret(
            "api-key",
            "Evolink API key, sent as a Bearer token (https://evolink.ai/dashboard/keys)",
            "EVOLINK_API_KEY");

    private static final ProviderMetadata METADATA = CreationOnlyMetadata.of(
                    ID,
                    "Evolink",
                    KlingElementRules.profile(ID, HashSet.of(ReferenceKind.VIDEO), 0, false),
                    DEFAULT_BASE_URL,
                    VendorHttp.configKeys(API_KEY))
            .withDocumentation("https://docs.evolink.ai");

    /** For {@link java.util.ServiceLoader}. */
    public EvolinkElementsProvider() {
        super(METADATA, EvolinkApi.class);
    }

    /**
     * @throws ProviderConfigurationException without an API key, or with a base URL that is not an http(s) URL
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        Secret apiKey = config.requiredSecret(API_KEY, "an Evolink API key, from https://evolink.ai/dashboard/keys");
        VendorHttp http = VendorHttp.builder(EvolinkErrors.VENDOR, config, DEFAULT_BASE_URL)
                .bearer(apiKey)
                .classifier(new EvolinkErrors())
                .errorEnvelopeIn2xx(
                        EvolinkElementsProvider::isErrorEnvelope, EvolinkElementsProvider::mayBeErrorEnvelope)
                .build();
        return new EvolinkClient(http);
    }

    /** A 2xx body that is Evolink's error envelope rather than a task object (undocumented, but cheap to catch). */
    private static boolean isErrorEnvelope(JsonNode body) {
        return body.path("error").isObject() && !body.has("id") && !body.has("status");
    }

    /**
     * The same question on the task object bound from the bytes, so a task needs no tree: an {@code error} object
     * bound and neither {@code id} nor {@code status}. A bound object cannot tell an absent {@code id} from
     * {@code "id": null}, so such a body is flagged and {@link #isErrorEnvelope} decides. Anything but a task object
     * is left to the tree.
     */
    private static boolean mayBeErrorEnvelope(Object body) {
        return !(body instanceof TaskObject task) || task.error() != null && task.id() == null && task.status() == null;
    }
}
