package io.elements4j.examples.acme;

import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.ErrorClassifier;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;

/**
 * Acme Elements ({@value #ID}), an invented vendor kept as a worked example of a provider: it makes image
 * characters as jobs (deduplicated by an {@code Idempotency-Key}), lists them by cursor and deletes them. It takes no tags, voices, videos or callbacks; the
 * ports' defaults answer everything else with {@code Unsupported}.
 *
 * <p>Configuration: {@code elements.acme-example.api-key} (or env {@code ELEMENTS_ACME_EXAMPLE_API_KEY}), sent as
 * {@code X-Api-Key: <key>}; optionally {@code base-url} (default {@value #DEFAULT_BASE_URL}), the timeouts and
 * {@code max-retries}.
 */
public final class AcmeElementsProvider extends VendorElementsProvider {

    /** The provider id: chosen so it collides with no real vendor nor any test's "unknown provider". */
    public static final String ID = "acme-example";
    /** Where Acme Elements would answer. */
    public static final String DEFAULT_BASE_URL = "https://api.acme-elements.example";

    static final String VENDOR = "Acme Elements";
    private static final ConfigKey API_KEY = ConfigKey.secret("api-key", "Acme Elements API key, sent as X-Api-Key");

    /**
     * Acme's limits: a name of up to 40 characters, an optional description, one jpg or png image and up to 3 more
     * of any size, by URL; Acme takes no generation prompts, so it has no prompt syntax.
     */
    private static final RuleProfile RULES = new RuleProfile(
            ID,
            RuleProfile.NameRule.atMost(40),
            RuleProfile.DescriptionRule.atMost(false, 200),
            Option.some(RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG, MediaFormat.PNG))),
            Option.none(),
            new RuleProfile.VoiceRules(HashSet.empty(), HashSet.empty(), false),
            new RuleProfile.TagRules(0),
            Option.none(),
            false);

    private static final ProviderMetadata METADATA = new ProviderMetadata(
            ID,
            VENDOR,
            HashSet.of(Capability.CREATE_IMAGE_ELEMENT, Capability.IDEMPOTENT_CREATE, Capability.TASK_QUERY,
                    Capability.LIST, Capability.DELETE),
            RULES,
            DEFAULT_BASE_URL,
            VendorHttp.configKeys(API_KEY),
            Option.none());

    /** For {@link java.util.ServiceLoader}. */
    public AcmeElementsProvider() {
        super(METADATA);
    }

    /**
     * A client for the configured account.
     *
     * @throws ProviderConfigurationException without an API key, or with a base URL that is not an http(s) URL
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        Secret apiKey = config.requiredSecret(API_KEY, "");
        // Acme's envelope {"error": {"type", "message"}} is one VendorError.guess reads, so the status table does.
        VendorHttp http = VendorHttp.builder(VENDOR, config, DEFAULT_BASE_URL)
                .header("X-Api-Key", apiKey)
                .classifier(ErrorClassifier.byStatus(VENDOR))
                .build();
        return new AcmeClient(http);
    }

}
