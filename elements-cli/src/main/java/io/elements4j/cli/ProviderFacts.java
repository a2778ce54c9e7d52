package io.elements4j.cli;

import io.elements4j.client.config.ConfigResolver;
import io.elements4j.client.config.ResolvedKey;
import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.AspectRatio;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/** A provider's capabilities, rule limits and configuration, as short phrases and as JSON. */
final class ProviderFacts {

    private static final long MB = 1024L * 1024L;
    private static final String CREDENTIALS = "credentials";
    private static final String NO_PROMPTS = "none: the vendor takes no generation prompts";

    private ProviderFacts() {}

    /** The rows of the {@code providers} table: a label, then a phrase. */
    static Seq<Seq<String>> rows(ProviderMetadata provider, ConfigResolver config, boolean sandbox) {
        return facts(
                provider, sandbox, provider.displayName(), credentials(provider, config), ProviderFacts::promptSyntax);
    }

    /**
     * The rows of {@code providers --markdown}, the README's provider table: the same facts, the name linked to the
     * vendor's documentation, the credential keys by name rather than by where this machine sets them, and prompt
     * syntax as code.
     */
    static Seq<Seq<String>> markdownRows(ProviderMetadata provider, boolean sandbox) {
        String name = provider.documentation()
                .map(url -> "[" + provider.displayName() + "](" + url + ")")
                .getOrElse(provider.displayName());
        return facts(
                        provider,
                        sandbox,
                        name,
                        ownKeys(provider),
                        syntax -> promptSyntax(syntax).replaceFirst("^(\\S+)", "`$1`"))
                .map(row -> row.head().equals(CREDENTIALS) ? row.update(0, "keys") : row);
    }

    private static Seq<Seq<String>> facts(
            ProviderMetadata provider,
            boolean sandbox,
            String name,
            String credentials,
            Function<PromptSyntax, String> syntax) {
        RuleProfile rules = provider.ruleProfile();
        return List.of(
                List.of("name", name + formerly(provider)),
                List.of(
                        "image element",
                        rules.images()
                                .map(i -> images(i, provider.supports(Capability.GENERATE_VIEWS)))
                                .getOrElse("no")),
                List.of("video element", rules.video().map(ProviderFacts::video).getOrElse("no")),
                List.of("name length", atMost(rules.name().maxLength(), "")),
                List.of(
                        "description",
                        (rules.description().required() ? "required" : "optional") + ", "
                                + atMost(rules.description().maxLength(), " characters")),
                List.of("tags", tags(rules.tags().maxTags())),
                List.of("voice", voice(rules.voice())),
                List.of(
                        "callbacks",
                        rules.callbacks().map(ProviderFacts::callbacks).getOrElse("no")),
                List.of("media URLs", "http or https; the vendor fetches them"),
                List.of("local files", rules.inlineMedia() ? "sent inline" : "no: URLs only"),
                List.of("operations", operations(provider.capabilities())),
                List.of("get costs", getCost(provider)),
                List.of("lost create", lostCreate(provider.capabilities())),
                List.of("prompt syntax", provider.promptSyntax().map(syntax).getOrElse(NO_PROMPTS)),
                List.of(CREDENTIALS, credentials),
                List.of("offline sandbox", sandbox ? "yes" : "no"));
    }

    /** "; formerly old-id (deprecated id, still selects it)" for a renamed provider, else nothing. */
    private static String formerly(ProviderMetadata provider) {
        return provider.formerIds().isEmpty()
                ? ""
                : "; formerly " + provider.formerIds().mkString(", ") + " (deprecated id, still selects it)";
    }

    static Json.Obj json(ProviderMetadata provider, ConfigResolver config, boolean sandbox) {
        RuleProfile rules = provider.ruleProfile();
        return Json.object()
                .put("id", provider.id())
                .put("displayName", provider.displayName())
                .put("formerIds", provider.formerIds())
                .put("documentation", provider.documentation().getOrNull())
                .put("defaultBaseUrl", provider.defaultBaseUrl())
                .put("promptSyntax", provider.promptSyntax().getOrNull())
                .put("capabilities", List.ofAll(provider.capabilities()).sorted())
                .put("costs", provider.costs().toLinkedMap(cost -> new Tuple2<>(cost._1.name(), cost._2)))
                .put(
                        "rules",
                        Json.object()
                                .put(
                                        "name",
                                        Json.object()
                                                .put("maxLength", rules.name().maxLength()))
                                .put(
                                        "description",
                                        Json.object()
                                                .put(
                                                        "required",
                                                        rules.description().required())
                                                .put(
                                                        "maxLength",
                                                        rules.description().maxLength()))
                                .put(
                                        "images",
                                        rules.images()
                                                .map(i -> Json.object()
                                                        .put("minExtras", i.minExtras())
                                                        .put("maxExtras", i.maxExtras())
                                                        .put(
                                                                "generateViews",
                                                                provider.supports(Capability.GENERATE_VIEWS))
                                                        .put("formats", formats(i.formats()))
                                                        .put("maxBytes", i.maxBytes())
                                                        .put("minEdge", i.minEdge())
                                                        .put("minAspect", i.minAspect())
                                                        .put("maxAspect", i.maxAspect())))
                                .put(
                                        "video",
                                        rules.video()
                                                .map(v -> Json.object()
                                                        .put("minDuration", v.minDuration())
                                                        .put("maxDuration", v.maxDuration())
                                                        .put("formats", formats(v.formats()))
                                                        .put("maxBytes", v.maxBytes())
                                                        .put("minShortEdge", v.minShortEdge())
                                                        .put("maxShortEdge", v.maxShortEdge())
                                                        .put(
                                                                "aspects",
                                                                v.aspects().map(AspectRatio::toString))))
                                .put(
                                        "voice",
                                        Json.object()
                                                .put(
                                                        "bindings",
                                                        List.ofAll(rules.voice().bindings())
                                                                .sorted())
                                                .put(
                                                        "allowedOn",
                                                        List.ofAll(rules.voice().allowedOn())
                                                                .sorted())
                                                .put(
                                                        "requiresCharacterTag",
                                                        rules.voice().requiresCharacterTag()))
                                .put(
                                        "tags",
                                        Json.object().put("max", rules.tags().maxTags()))
                                .put(
                                        "callbacks",
                                        rules.callbacks()
                                                .map(c -> Json.object()
                                                        .put("maxLength", c.maxLength())
                                                        .put("httpsOnly", c.httpsOnly())
                                                        .put("publicHostOnly", c.publicHostOnly())))
                                .put("inlineMedia", rules.inlineMedia()))
                .put(
                        "configuration",
                        config.describe(provider)
                                .map(key -> Json.object()
                                        .put("key", key.key().name())
                                        .put("secret", key.key().secret())
                                        .put("description", key.key().description())
                                        .put("set", key.isSet())
                                        .put("source", key.source())
                                        .put("names", key.names())))
                .put("offlineSandbox", sandbox);
    }

    /** What {@code get} costs: one request, unless the provider says more. */
    static String getCost(ProviderMetadata provider) {
        if (!provider.supports(Capability.FIND)) {
            return "-";
        }
        return provider.costs().get(Capability.FIND).getOrElse("one request");
    }

    /**
     * What becomes of a create whose answer was lost: the conformance suite holds every provider to this by its
     * capabilities — found by its key where the vendor takes one, else in the listing where it lists, else reported.
     */
    static String lostCreate(Set<Capability> capabilities) {
        if (capabilities.contains(Capability.IDEMPOTENT_CREATE)) {
            return "looked up by its key; re-sent under the same key only if unknown";
        }
        return capabilities.contains(Capability.LIST)
                ? "looked for in the listing; re-sent only if not there"
                : "reported as unknown (CreationUnknown), never re-sent";
    }

    /** How an element is named in a prompt: {@code <<<element_1>>> (by position)}. */
    static String promptSyntax(PromptSyntax syntax) {
        return switch (syntax) {
            case TRIPLE_ANGLE_INDEX -> "<<<element_1>>> (by position)";
            case AT_INDEX -> "@element_1 (by position)";
            case TRIPLE_ANGLE_NAME -> "<<<name>>> (by name)";
            case AT_CONTENT_ID -> "@element_1 (an item of contents[])";
        };
    }

    static boolean hasSandbox(ProviderMetadata provider, ClassLoader loader) {
        return OfflineVendors.forProvider(provider.id(), loader).isDefined();
    }

    private static String images(RuleProfile.ImageRules images, boolean generatesViews) {
        String extras = images.minExtras() == images.maxExtras()
                ? String.valueOf(images.minExtras())
                : images.minExtras() + "-" + images.maxExtras();
        Seq<String> limits = images.maxBytes()
                .map(b -> "at most " + b / MB + " MB")
                .toList()
                .appendAll(images.minEdge().map(e -> "at least " + e + " px"))
                .appendAll(aspects(images.minAspect(), images.maxAspect()));
        return "frontal + " + extras + " extra" + (images.maxExtras() == 1 ? "" : "s")
                + (generatesViews ? " (or generated views)" : "") + "; "
                + formats(images.formats()).mkString("/")
                + ", " + (limits.isEmpty() ? "no size limit" : limits.mkString(", "));
    }

    /** Width to height limits as ratios: {@code aspect 1:2.5 to 2.5:1}, {@code aspect up to 2:1}, or nothing. */
    private static Option<String> aspects(Option<Double> min, Option<Double> max) {
        if (min.isEmpty()) {
            return max.map(m -> "aspect up to " + ratio(m));
        }
        return Option.some("aspect "
                + (max.isEmpty() ? "from " + ratio(min.get()) : ratio(min.get()) + " to " + ratio(max.get())));
    }

    /** {@code 2.5} → {@code 2.5:1}, {@code 0.4} → {@code 1:2.5}. */
    private static String ratio(double widthToHeight) {
        return widthToHeight >= 1 ? number(widthToHeight) + ":1" : "1:" + number(1 / widthToHeight);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@code at most 20}, or {@code no limit} when the vendor sets none. */
    private static String atMost(Option<Integer> max, String unit) {
        return max.map(m -> "at most " + m + unit).getOrElse("no limit");
    }

    private static String video(RuleProfile.VideoRules video) {
        String duration = video.minDuration().isEmpty()
                ? video.maxDuration()
                        .map(max -> "at most " + seconds(max) + " s")
                        .getOrElse("any length")
                : video.maxDuration()
                        .map(max -> seconds(video.minDuration().get()) + "-" + seconds(max) + " s")
                        .getOrElse("at least " + seconds(video.minDuration().get()) + " s");
        String edge = video.minShortEdge().isDefined() && video.maxShortEdge().equals(video.minShortEdge())
                ? video.minShortEdge().get() + "p"
                : video.minShortEdge()
                        .map(min -> "short edge at least " + min + " px")
                        .getOrElse("any resolution");
        String aspects = video.aspects().isEmpty()
                ? ""
                : ", " + video.aspects().map(AspectRatio::toString).mkString("/");
        return duration + ", " + formats(video.formats()).mkString("/") + ", " + edge + aspects
                + video.maxBytes().map(b -> ", at most " + b / MB + " MB").getOrElse("");
    }

    private static String tags(int max) {
        return max == 0 ? "none" : max == 1 ? "one" : "up to " + max;
    }

    private static String voice(RuleProfile.VoiceRules voice) {
        if (voice.bindings().isEmpty()) {
            return "no";
        }
        Seq<String> kinds = List.ofAll(voice.bindings()).sorted().map(kind -> switch (kind) {
            case EXISTING -> "voice id";
            case EXTRACT_FROM_VIDEO -> "from the video";
            case FROM_CLIP -> "clip URL";
        });
        String on = voice.allowedOn().size() == ReferenceKind.values().length
                ? "any element"
                : List.ofAll(voice.allowedOn())
                                .map(k -> k.name().toLowerCase(Locale.ROOT))
                                .mkString(", ") + " elements only";
        return kinds.mkString(", ") + "; " + on + (voice.requiresCharacterTag() ? "; needs the Character tag" : "");
    }

    private static String callbacks(RuleProfile.CallbackRules callbacks) {
        return (callbacks.httpsOnly() ? "https" : "http(s)") + (callbacks.publicHostOnly() ? ", public hosts" : "")
                + ", at most " + callbacks.maxLength() + " chars";
    }

    private static String operations(Set<Capability> capabilities) {
        Seq<String> names = List.of(
                        Capability.TASK_QUERY,
                        Capability.FIND,
                        Capability.LIST,
                        Capability.PRESETS,
                        Capability.DELETE,
                        Capability.TAG_CATALOGUE,
                        Capability.VOICE_CATALOGUE,
                        Capability.IDEMPOTENT_CREATE)
                .filter(capabilities::contains)
                .map(c -> switch (c) {
                    case TASK_QUERY -> "task";
                    case FIND -> "get";
                    case LIST -> "list";
                    case PRESETS -> "presets";
                    case DELETE -> "delete";
                    case TAG_CATALOGUE -> "tags";
                    case VOICE_CATALOGUE -> "voices";
                    default -> "idempotent create";
                });
        return names.isEmpty() ? "create only" : "create, " + names.mkString(", ");
    }

    private static String credentials(ProviderMetadata provider, ConfigResolver config) {
        Seq<ResolvedKey> secrets =
                config.describe(provider).filter(key -> key.key().secret());
        Seq<ResolvedKey> set = secrets.filter(ResolvedKey::isSet);
        if (secrets.isEmpty()) {
            return "none needed";
        }
        return set.isEmpty()
                ? "not set: runs on its sandbox"
                : set.map(key -> key.key().name() + " from " + key.source().get())
                        .mkString(", ");
    }

    /**
     * The keys that are the provider's own — its secrets and those the vendor has env names for — with those names:
     * {@code api-key (ACME_TOKEN), region (ACME_REGION)}.
     */
    private static String ownKeys(ProviderMetadata provider) {
        Seq<String> keys = provider.configKeys()
                .filter(key -> key.secret() || !key.vendorEnvNames().isEmpty())
                .map(key -> key.name()
                        + (key.vendorEnvNames().isEmpty()
                                ? ""
                                : " (" + key.vendorEnvNames().mkString(", ") + ")"));
        return keys.isEmpty() ? "none" : keys.mkString(", ");
    }

    private static Seq<String> formats(Set<MediaFormat> formats) {
        return List.ofAll(formats).sorted().map(f -> f.extensions().head());
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }
}
