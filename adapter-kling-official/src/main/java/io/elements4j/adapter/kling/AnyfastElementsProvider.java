package io.elements4j.adapter.kling;

import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingWire;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.control.Option;

/**
 * anyfast ({@value #ID}), a relay of Kling's element API: {@code POST /kling/v1/general/advanced-custom-elements}
 * and {@code GET …/{task_id}} behind {@value #DEFAULT_BASE_URL}, with an anyfast token as Bearer. Where anyfast's
 * pages differ from Kling: a create answers anyfast's own task object, not Kling's envelope; only photo elements
 * ({@code reference_type} is fixed to {@code image_refer}); {@code tag_list} required, so a draft without tags is
 * sent with Kling's "Other" tag ({@code o_108}); no key, no callback, no list, find or delete, so a create whose
 * answer is lost stays unknown. The tag catalogue is Kling's, answered locally. Used only when named: the Kling jar
 * alone means {@code kling-official}.
 *
 * <p>Configuration: {@code api-key} (env {@code ANYFAST_API_KEY}); optionally {@code base-url} (with the
 * {@code /kling} prefix), timeouts, retries.
 */
public final class AnyfastElementsProvider extends VendorElementsProvider {

    /** The provider id. */
    public static final String ID = "anyfast";
    /** anyfast's host and the prefix its Kling paths live under. */
    public static final String DEFAULT_BASE_URL = "https://www.anyfast.ai/kling";

    private static final String OTHER_TAG = "o_108";
    /** No key, anyfast's own create answer, the "Other" tag where a draft has none, no advanced delete. */
    private static final KlingWire WIRE = new KlingWire(false, true, Option.some(OTHER_TAG), false);

    private static final ConfigKey TOKEN = KlingClient.relayToken("anyfast", "ANYFAST_API_KEY");

    /** Kling's limits for photo elements (URLs only), and Kling's eight tags. */
    private static final RuleProfile RULES = RuleProfile.builder(ID)
            .name(RuleProfile.NameRule.atMost(20))
            .description(RuleProfile.DescriptionRule.required(100))
            .images(KlingElementRules.images(1))
            .tags(RuleProfile.TagRules.atMost(8))
            .build();

    private static final ProviderMetadata METADATA = new ProviderMetadata(
                    ID,
                    "anyfast.ai",
                    KlingClient.RELAYED,
                    RULES,
                    DEFAULT_BASE_URL,
                    VendorHttp.configKeys(TOKEN),
                    Option.some(PromptSyntax.TRIPLE_ANGLE_INDEX))
            .withDocumentation("https://docs.anyfast.ai/api-reference/model-api/kuaishou/kling-element-create");

    /** For {@link java.util.ServiceLoader}. */
    public AnyfastElementsProvider() {
        super(METADATA, KlingApi.class);
    }

    /** Name it to use it: the Kling jar alone means {@code kling-official}. */
    @Override
    public boolean chosenOnlyByName() {
        return true;
    }

    /**
     * A client of anyfast.
     *
     * @throws ProviderConfigurationException without a token, or with a base URL that is not http(s)
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        return KlingClient.relay(METADATA, config, TOKEN, WIRE);
    }
}
