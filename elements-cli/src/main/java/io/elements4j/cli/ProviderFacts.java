package io.elements4j.cli;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.prompt.PromptSyntax;
import io.elements4j.domain.rules.AspectRatio;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.client.config.ConfigResolver;
import io.elements4j.client.config.ResolvedKey;
import io.elements4j.ports.spi.OfflineVendors;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Duration;
import java.util.Locale;

/** A provider's capabilities, rule limits and configuration, as short phrases and as JSON. */
final class ProviderFacts {

    private static final long MB = 1024L * 1024L;

    private ProviderFacts() {
    }

    /** The rows of the {@code providers} table: a label, then a phrase. */
    static Seq<Seq<String>> rows(ProviderMetadata provider, ConfigResolver config, boolean sandbox) {
        RuleProfile rules = provider.ruleProfile();
        return List.of(
                List.of("name", provider.displayName()),
                List.of("image element", rules.images()
                        .map(i -> images(i, provider.supports(Capability.GENERATE_VIEWS))).getOrElse("no")),
                List.of("video element", rules.video().map(ProviderFacts::video).getOrElse("no")),
                List.of("name length", atMost(rules.name().maxLength(), "")),
                List.of("description", (rules.description().required() ? "required" : "optional") + ", "
                        + atMost(rules.description().maxLength(), " characters")),
                List.of("tags", tags(rules.tags().maxTags())),
                List.of("voice", voice(rules.voice())),
                List.of("callbacks", rules.callbacks().map(ProviderFacts::callbacks).getOrElse("no")),
                List.of("media URLs", "http or https; the vendor fetches them"),
                List.of("local files", rules.inlineMedia() ? "sent inline" : "no: URLs only"),
                List.of("operations", operations(provider.capabilities())),
                List.of("get costs", getCost(provider)),
                List.of("prompt syntax", promptSyntax(provider.promptSyntax())),
                List.of("credentials", credentials(provider, config)),
                List.of("offline sandbox", sandbox ? "yes" : "no"));
    }

    static Json.Obj json(ProviderMetadata provider, ConfigResolver config, boolean sandbox) {
        RuleProfile rules = provider.ruleProfile();
        return Json.object()
                .put("id", provider.id())
                .put("displayName", provider.displayName())
                .put("defaultBaseUrl", provider.defaultBaseUrl())
                .put("promptSyntax", provider.promptSyntax().getOrNull())
                .put("capabilities", List.ofAll(provider.capabilities()).sorted())
                .put("rules", Json.object()
                        .put("name", Json.object().put("maxLength", rules.name().maxLength()))
                        .put("description", Json.object().put("required", rules.description().required())
                                .put("maxLength", rules.description().maxLength()))
                        .put("images", rules.images().map(i -> Json.object()
                                .put("minExtras", i.minExtras()).put("maxExtras", i.maxExtras())
                                .put("generateViews", provider.supports(Capability.GENERATE_VIEWS))
                                .put("formats", formats(i.formats()))
                                .put("maxBytes", i.maxBytes()).put("minEdge", i.minEdge())
                                .put("minAspect", i.minAspect()).put("maxAspect", i.maxAspect())))
                        .put("video", rules.video().map(v -> Json.object()
                                .put("minDuration", v.minDuration()).put("maxDuration", v.maxDuration())
                                .put("formats", formats(v.formats())).put("maxBytes", v.maxBytes())
                                .put("minShortEdge", v.minShortEdge()).put("maxShortEdge", v.maxShortEdge())
                                .put("aspects", v.aspects().map(AspectRatio::toString))))
                        .put("voice", Json.object().put("bindings", List.ofAll(rules.voice().bindings()).sorted())
                                .put("allowedOn", List.ofAll(rules.voice().allowedOn()).sorted())
                                .put("requiresCharacterTag", rules.voice().requiresCharacterTag()))
                        .put("tags", Json.object().put("max", rules.tags().maxTags()))
                        .put("callbacks", rules.callbacks().map(c -> Json.object().put("maxLength", c.maxLength())
                                .put("httpsOnly", c.httpsOnly()).put("publicHostOnly", c.publicHostOnly())))
                        .put("inlineMedia", rules.inlineMedia()))
                .put("configuration", config.describe(provider).map(key -> Json.object()
                        .put("key", key.key().name())
                        .put("secret", key.key().secret())
                        .put("description", key.key().description())
                        .put("set", key.isSet())
                        .put("source", key.source())
                        .put("names", key.names())))
                .put("offlineSandbox", sandbox);
    }

    /**
     * What {@code get} costs. Only Kling's official API has no lookup by element id; its adapter reads the account's
     * listing and then the presets, 500 a page, until the element turns up.
     */
    static String getCost(ProviderMetadata provider) {
        if (!provider.supports(Capability.FIND)) {
            return "-";
        }
        return provider.id().equals("kling-official")
                ? "no lookup by id: reads the listing, then the presets, a request per 500"
                : "one request";
    }

    /** How an element is named in a prompt ({@code <<<element_1>>> (by position)}), or that the vendor takes none. */
    static String promptSyntax(io.vavr.control.Option<PromptSyntax> syntax) {
        return syntax.map(ProviderFacts::promptSyntax).getOrElse("none: the vendor takes no generation prompts");
    }

    /** How an element is named in a prompt: {@code <<<element_1>>> (by position)}. */
    static String promptSyntax(PromptSyntax syntax) {
        return switch (syntax) {
            case TRIPLE_ANGLE_INDEX -> "<<<element_1>>> (by position)";
            case AT_INDEX -> "@element_1 (by position)";
            case TRIPLE_ANGLE_NAME -> "<<<name>>> (by name)";
        };
    }

    static boolean hasSandbox(ProviderMetadata provider, ClassLoader loader) {
        return OfflineVendors.forProvider(provider.id(), loader).isDefined();
    }

    private static String images(RuleProfile.ImageRules images, boolean generatesViews) {
        String extras = images.minExtras() == images.maxExtras()
                ? String.valueOf(images.minExtras()) : images.minExtras() + "-" + images.maxExtras();
        Seq<String> limits = images.maxBytes().map(b -> "at most " + b / MB + " MB").toList()
                .appendAll(images.minEdge().map(e -> "at least " + e + " px"));
        return "frontal + " + extras + " extra" + (images.maxExtras() == 1 ? "" : "s")
                + (generatesViews ? " (or generated views)" : "") + "; " + formats(images.formats()).mkString("/")
                + ", " + (limits.isEmpty() ? "no size limit" : limits.mkString(", "));
    }

    /** {@code at most 20}, or {@code no limit} when the vendor sets none. */
    private static String atMost(io.vavr.control.Option<Integer> max, String unit) {
        return max.map(m -> "at most " + m + unit).getOrElse("no limit");
    }

    private static String video(RuleProfile.VideoRules video) {
        String duration = video.minDuration().isEmpty()
                ? video.maxDuration().map(max -> "at most " + seconds(max) + " s").getOrElse("any length")
                : video.maxDuration().map(max -> seconds(video.minDuration().get()) + "-" + seconds(max) + " s")
                        .getOrElse("at least " + seconds(video.minDuration().get()) + " s");
        String edge = video.minShortEdge().isDefined() && video.maxShortEdge().equals(video.minShortEdge())
                ? video.minShortEdge().get() + "p"
                : video.minShortEdge().map(min -> "short edge at least " + min + " px").getOrElse("any resolution");
        String aspects = video.aspects().isEmpty() ? "" : ", " + video.aspects().map(AspectRatio::toString).mkString("/");
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
                ? "any element" : List.ofAll(voice.allowedOn()).map(k -> k.name().toLowerCase(Locale.ROOT))
                .mkString(", ") + " elements only";
        return kinds.mkString(", ") + "; " + on + (voice.requiresCharacterTag() ? "; needs the Character tag" : "");
    }

    private static String callbacks(RuleProfile.CallbackRules callbacks) {
        return (callbacks.httpsOnly() ? "https" : "http(s)") + (callbacks.publicHostOnly() ? ", public hosts" : "")
                + ", at most " + callbacks.maxLength() + " chars";
    }

    private static String operations(Set<Capability> capabilities) {
        Seq<String> names = List.of(
                        Capability.TASK_QUERY, Capability.FIND, Capability.LIST, Capability.PRESETS,
                        Capability.DELETE, Capability.TAG_CATALOGUE, Capability.VOICE_CATALOGUE,
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
        Seq<ResolvedKey> secrets = config.describe(provider).filter(key -> key.key().secret());
        Seq<ResolvedKey> set = secrets.filter(ResolvedKey::isSet);
        if (secrets.isEmpty()) {
            return "none needed";
        }
        return set.isEmpty()
                ? "not set: runs on its sandbox"
                : set.map(key -> key.key().name() + " from " + key.source().get()).mkString(", ");
    }

    private static Seq<String> formats(Set<MediaFormat> formats) {
        return List.ofAll(formats).sorted().map(f -> f.extensions().head());
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }
}
