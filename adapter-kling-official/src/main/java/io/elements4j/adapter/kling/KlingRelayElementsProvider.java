package io.elements4j.adapter.kling;

import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingWire;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Any relay of Kling's element API not listed on its own ({@value #ID}): Kling's create and task query at
 * {@code base-url} + {@code path-prefix} + {@code /v1/general/…}, with the relay's token as Bearer. Only what every
 * relay offers is assumed: no key (a create whose answer is lost stays unknown), no callback, no list, find or delete;
 * media by URL only. A create may be answered by Kling's envelope or by a task object of the relay's own. Used only
 * when named.
 *
 * <p>Configuration: {@code base-url} (the relay's host, required), {@code path-prefix} (default {@code /kling};
 * {@code /} for none), {@code api-key} (env {@code KLING_RELAY_API_KEY}); optionally timeouts, retries.
 */
public final class KlingRelayElementsProvider extends VendorElementsProvider {

    /** The provider id. */
    public static final String ID = "kling-relay";
    /** A placeholder: the relay's own host must be configured. */
    public static final String DEFAULT_BASE_URL = "https://kling-relay.invalid";

    private static final ConfigKey TOKEN = KlingClient.relayToken("Kling relay", "KLING_RELAY_API_KEY");
    private static final ConfigKey PREFIX = ConfigKey.plain(
            "path-prefix", "where the relay's Kling paths start, before /v1/general/… (default /kling; / for none)");

    /** Kling's limits, URLs only (a relay may not pass inline media on), no callback URL. */
    private static final RuleProfile RULES =
            withoutCallbacks(KlingElementRules.profile(ID, HashSet.of(ReferenceKind.VIDEO), 8, false));

    private static final ProviderMetadata METADATA = new ProviderMetadata(
                    ID,
                    "Kling relay",
                    KlingClient.RELAYED.addAll(List.of(Capability.CREATE_VIDEO_ELEMENT, Capability.VOICE_BINDING)),
                    RULES,
                    DEFAULT_BASE_URL,
                    VendorHttp.configKeys(TOKEN, PREFIX),
                    Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX))
            .withDocumentation("https://kling.ai/document-api/api/video/3-0-omni/elements");

    /** For {@link java.util.ServiceLoader}. */
    public KlingRelayElementsProvider() {
        super(METADATA, KlingApi.class);
    }

    /**
     * A client of the configured relay.
     *
     * @throws ProviderConfigurationException without a base URL or a token, or with a prefix that is not a path
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        String host = config.get("base-url")
                .filter(url -> !url.isBlank())
                .getOrElseThrow(() -> new ProviderConfigurationException(
                        ID,
                        "base-url is required: the relay's host, such as https://relay.example.com (the Kling paths'"
                                + " prefix goes in path-prefix)"));
        String prefix = config.get(PREFIX.name()).map(String::trim).getOrElse("/kling");
        if (!prefix.startsWith("/") || prefix.contains("?") || prefix.contains("#")) {
            throw new ProviderConfigurationException(
                    ID, PREFIX.name() + " must be a path starting with /, not '" + prefix + "'");
        }
        String base = host.replaceAll("/+$", "") + prefix.replaceAll("/+$", "");
        return KlingClient.relay(
                METADATA,
                config.toBuilder().baseUrl(base).build(),
                TOKEN,
                new KlingWire(false, true, Option.none(), false));
    }

    /** Name it to use it: the Kling jar alone means {@code kling-official}. */
    @Override
    public boolean chosenOnlyByName() {
        return true;
    }

    private static RuleProfile withoutCallbacks(RuleProfile kling) {
        return new RuleProfile(
                kling.vendor(),
                kling.name(),
                kling.description(),
                kling.images(),
                kling.video(),
                kling.voice(),
                kling.tags(),
                Option.none(),
                kling.inlineMedia());
    }
}
