package io.elements4j.examples.acme;

import io.elements4j.adapter.support.DefaultErrorClassification;
import io.elements4j.adapter.support.ProblemJsonErrors;
import io.elements4j.adapter.support.Signatures;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.examples.acme.internal.AcmeApi;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;

/**
 * Acme Elements ({@value #ID}), an invented vendor kept as a worked example: image characters made at once or queued,
 * an offset-paged listing, deletes, HMAC-signed requests, RFC 9457 errors, no idempotency key. Configuration:
 * {@code key-id}, {@code signing-secret}; optionally {@code base-url} ({@value #DEFAULT_BASE_URL}), timeouts, retries.
 */
public final class AcmeElementsProvider extends VendorElementsProvider {

    /** The provider id: chosen so it collides with no real vendor nor any test's "unknown provider". */
    public static final String ID = "acme-example";
    /** Where Acme Elements would answer. */
    public static final String DEFAULT_BASE_URL = "https://api.acme-elements.example";

    static final String VENDOR = "Acme Elements";

    private static final ConfigKey KEY_ID = ConfigKey.plain("key-id", "Acme Elements key id, sent as X-Acme-Key");
    private static final ConfigKey SECRET = ConfigKey.secret("signing-secret", "Acme Elements signing secret");

    /** Name ≤ 40, description optional ≤ 200, a jpg/png and up to 3 more by URL, up to 2 tags of Acme's 5 kinds. */
    private static final RuleProfile RULES = RuleProfile.builder(ID)
            .name(RuleProfile.NameRule.atMost(40))
            .description(RuleProfile.DescriptionRule.optional(200))
            .images(RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG, MediaFormat.PNG)))
            .tags(RuleProfile.TagRules.atMost(2)
                    .onlyOf(TagKind.CHARACTER, TagKind.ANIMAL, TagKind.ITEM, TagKind.COSTUME, TagKind.SCENE))
            .build();

    private static final ProviderMetadata METADATA = new ProviderMetadata(
            ID,
            VENDOR,
            HashSet.of(
                    Capability.CREATE_IMAGE_ELEMENT,
                    Capability.TAGS_ON_CREATE,
                    Capability.TASK_QUERY,
                    Capability.FIND,
                    Capability.LIST,
                    Capability.DELETE),
            RULES,
            DEFAULT_BASE_URL,
            VendorHttp.configKeys(SECRET, KEY_ID),
            Option.none());

    /** For {@link java.util.ServiceLoader}. */
    public AcmeElementsProvider() {
        super(METADATA, AcmeApi.class);
    }

    /**
     * A client whose every request carries {@code X-Acme-Key}, {@code X-Acme-Timestamp} (Unix seconds) and
     * {@code X-Acme-Signature}: hex HMAC-SHA256 of method, path with query, timestamp and hex SHA-256 of the body.
     *
     * @throws ProviderConfigurationException without a key id or a secret, or with a base URL that is not http(s)
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        String keyId = config.get(KEY_ID.name())
                .filter(id -> !id.isBlank())
                .getOrElseThrow(() -> ProviderConfigurationException.missing(ID, KEY_ID, ""));
        Secret secret = config.requiredSecret(SECRET, "");
        return new AcmeClient(VendorHttp.builder(VENDOR, config, DEFAULT_BASE_URL)
                .signer(request -> {
                    String timestamp = Long.toString(config.clock().instant().getEpochSecond());
                    String signed = String.join(
                            "\n",
                            request.method(),
                            request.pathWithQuery(),
                            timestamp,
                            Signatures.hex(Signatures.sha256(request.body())));
                    return LinkedHashMap.of(
                            "X-Acme-Key",
                            keyId,
                            "X-Acme-Timestamp",
                            timestamp,
                            "X-Acme-Signature",
                            Signatures.hex(Signatures.hmacSha256(secret, signed)));
                })
                .redact(secret)
                .classifier(ProblemJsonErrors.forVendor(VENDOR)
                        .type(
                                DEFAULT_BASE_URL + "/problems/content-policy",
                                DefaultErrorClassification::policyRejected))
                .build());
    }
}
