package io.elements4j.adapter.kling;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.kling.internal.KlingApi;
import io.elements4j.adapter.kling.internal.KlingEnvelope;
import io.elements4j.adapter.kling.internal.KlingErrors;
import io.elements4j.adapter.kling.internal.KlingJwt;
import io.elements4j.adapter.support.KlingElementRules;
import io.elements4j.adapter.support.VendorElementsProvider;
import io.elements4j.adapter.support.VendorHttp;
import io.elements4j.adapter.support.WebhookGate;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.ports.api.VendorClient;
import io.elements4j.ports.spi.ConfigKey;
import io.elements4j.ports.spi.ProviderConfig;
import io.elements4j.ports.spi.ProviderConfigurationException;
import io.elements4j.ports.spi.ProviderMetadata;
import io.elements4j.ports.spi.Secret;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;

/**
 * Kling's own element and voice API ({@code /v1/general/*}), provider id {@code kling-official}.
 *
 * <p>Credentials, either of: an API key ({@code api-key}, env {@code KLING_API_KEY}), sent as
 * {@code Authorization: Bearer <key>}; or an access key and secret key ({@code access-key} / {@code secret-key}, env
 * {@code KLING_ACCESS_KEY} / {@code KLING_SECRET_KEY}), from which an HS256 JWT is signed and renewed before it
 * expires. With both, the API key is used. Default host: {@value #DEFAULT_BASE_URL}.
 *
 * <p>Callbacks are verified with {@code callback-secret} (env {@code KLING_WEBHOOK_SECRET}, the console's
 * {@code whsec_…}); a blank or malformed one fails the build. Without one, callbacks are refused unless
 * {@code accept-unsigned-callbacks=true} chooses to take them unverified.
 */
public final class KlingOfficialElementsProvider extends VendorElementsProvider {

    private static final String ID = "kling-official";
    private static final String DEFAULT_BASE_URL = "https://api-singapore.klingai.com";

    private static final ConfigKey API_KEY = ConfigKey.secret(
            "api-key",
            "Kling API key, sent as Authorization: Bearer (or set access-key and secret-key)",
            "KLING_API_KEY");
    private static final ConfigKey ACCESS_KEY = ConfigKey.plain(
            "access-key",
            "Kling access key: the iss of the JWT signed with secret-key (instead of api-key)",
            "KLING_ACCESS_KEY");
    private static final ConfigKey SECRET_KEY = ConfigKey.secret(
            "secret-key", "Kling secret key, which signs the JWT (HS256) named by access-key", "KLING_SECRET_KEY");

    private static final ConfigKey CALLBACK_SECRET = ConfigKey.secret(
            ConfigKey.CALLBACK_SECRET.name(),
            "Kling webhook secret (whsec_…, from the console): every callback must carry a valid Standard Webhooks"
                    + " signature; without it callbacks are refused unless accept-unsigned-callbacks=true",
            "KLING_WEBHOOK_SECRET");

    private static final ProviderMetadata METADATA = new ProviderMetadata(
                    ID,
                    "Kling (official API)",
                    HashSet.of(
                            Capability.CREATE_IMAGE_ELEMENT,
                            Capability.CREATE_VIDEO_ELEMENT,
                            Capability.VOICE_BINDING,
                            Capability.TAGS_ON_CREATE,
                            Capability.CALLBACKS,
                            Capability.IDEMPOTENT_CREATE,
                            Capability.TASK_QUERY,
                            Capability.FIND,
                            Capability.LIST,
                            Capability.PRESETS,
                            Capability.DELETE,
                            Capability.TAG_CATALOGUE,
                            Capability.VOICE_CATALOGUE),
                    KlingElementRules.profile(ID, HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO), 8, true),
                    DEFAULT_BASE_URL,
                    VendorHttp.configKeys(
                            API_KEY, ACCESS_KEY, SECRET_KEY, CALLBACK_SECRET, ConfigKey.ACCEPT_UNSIGNED_CALLBACKS),
                    PromptSyntax.TRIPLE_ANGLE_INDEX)
            .withDocumentation("https://kling.ai/document-api/api/video/3-0-omni/elements")
            // Kling has no lookup by element id: the client pages through the account's elements, then the presets.
            .withCost(Capability.FIND, "no lookup by id: reads the listing, then the presets, a request per 500");

    /** For {@link java.util.ServiceLoader}. */
    public KlingOfficialElementsProvider() {
        super(METADATA, KlingApi.class);
    }

    /**
     * @throws ProviderConfigurationException when neither an API key nor both access and secret key are set, the
     *                                        base URL is not an http(s) URL, or callback-secret is not a valid secret
     */
    @Override
    public VendorClient create(ProviderConfig config) {
        VendorHttp.Builder http = http(KlingErrors.VENDOR, config, DEFAULT_BASE_URL);
        WebhookGate callbacks = KlingCallbacks.SCHEME.gate(config, CALLBACK_SECRET);
        Option<Secret> apiKey = config.secret(API_KEY.name());
        if (apiKey.isDefined()) {
            return new KlingClient(http.bearer(apiKey.get()).build(), Option.none(), callbacks);
        }
        Option<String> accessKey = config.get(ACCESS_KEY.name())
                .orElse(() -> config.secret(ACCESS_KEY.name()).map(Secret::reveal));
        Option<Secret> secretKey = config.secret(SECRET_KEY.name());
        if (accessKey.isDefined() && secretKey.isDefined()) {
            KlingJwt jwt = new KlingJwt(accessKey.get(), secretKey.get(), config.clock());
            return new KlingClient(http.signer(jwt).redact(secretKey.get()).build(), Option.some(jwt), callbacks);
        }
        throw missingCredentials(accessKey.isDefined(), secretKey.isDefined());
    }

    /** HTTP to a host that speaks Kling's API: Kling's errors (named as the host's), also in a 2xx envelope. */
    static VendorHttp.Builder http(String vendor, ProviderConfig config, String defaultBaseUrl) {
        return VendorHttp.builder(vendor, config, defaultBaseUrl)
                .classifier(new KlingErrors(vendor))
                .errorEnvelopeIn2xx(
                        KlingOfficialElementsProvider::isErrorEnvelope,
                        KlingOfficialElementsProvider::mayBeErrorEnvelope);
    }

    /** Kling can answer HTTP 200 with an error: any {@code code} other than 0. */
    private static boolean isErrorEnvelope(JsonNode body) {
        return KlingEnvelope.isErrorCode(body.path("code"));
    }

    /**
     * The same question on the envelope bound from the bytes, so a success answer needs no tree; the envelope keeps
     * {@code code} as sent, so the answer is exactly {@link #isErrorEnvelope}'s. Anything but an envelope is left
     * to the tree.
     */
    private static boolean mayBeErrorEnvelope(Object body) {
        return !(body instanceof KlingEnvelope<?> envelope) || KlingEnvelope.isErrorCode(envelope.code());
    }

    /** Kling takes an API key, or an access key and a secret key together: the missing one, and the alternative. */
    private static ProviderConfigurationException missingCredentials(boolean hasAccessKey, boolean hasSecretKey) {
        if (hasAccessKey) {
            return ProviderConfigurationException.missing(
                    ID,
                    SECRET_KEY,
                    "access-key is set without it; or use an " + "API key: "
                            + API_KEY.names(ID).mkString(", "));
        }
        if (hasSecretKey) {
            return ProviderConfigurationException.missing(
                    ID,
                    ACCESS_KEY,
                    "secret-key is set without it; or use an " + "API key: "
                            + API_KEY.names(ID).mkString(", "));
        }
        return ProviderConfigurationException.missing(
                ID,
                API_KEY,
                "or both access-key ("
                        + ACCESS_KEY.names(ID).mkString(", ") + ") and secret-key ("
                        + SECRET_KEY.names(ID).mkString(", ")
                        + ")");
    }
}
