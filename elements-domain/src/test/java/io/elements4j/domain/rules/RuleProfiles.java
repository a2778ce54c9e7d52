package io.elements4j.domain.rules;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.tag.TagKind;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * Test-local copies of the four shipped vendors' limits (each adapter declares its own in its provider's metadata),
 * so that the domain's tests check every rule at its boundaries against realistic profiles.
 */
final class RuleProfiles {

    private static final long MB = 1024L * 1024L;

    /** jpg/jpeg/png, ≤10 MB, ≥300 px, aspect 1:2.5–2.5:1 — every vendor's image rule. */
    private static RuleProfile.ImageRules klingImages(int minExtras) {
        return new RuleProfile.ImageRules(
                minExtras,
                3,
                HashSet.of(MediaFormat.JPEG, MediaFormat.PNG),
                Option.some(10 * MB),
                Option.some(300),
                Option.some(1 / 2.5),
                Option.some(2.5));
    }

    /** .mp4/.mov, 3–8 s, 1080p, 16:9 or 9:16, ≤200 MB — Kling's video-element rule. */
    private static RuleProfile.VideoRules klingVideo() {
        return new RuleProfile.VideoRules(
                Option.some(Duration.ofSeconds(3)),
                Option.some(Duration.ofSeconds(8)),
                HashSet.of(MediaFormat.MP4, MediaFormat.MOV),
                Option.some(200 * MB),
                Option.some(1080),
                Option.some(1080),
                List.of(AspectRatio.LANDSCAPE_16_9, AspectRatio.PORTRAIT_9_16));
    }

    /**
     * Kling's own rules, as every vendor that forwards to Kling's element API shares them: name ≤20, description
     * required ≤100, frontal + 1–3 extras, Kling's video rule, voice by id or extracted from the video.
     */
    private static RuleProfile klingShaped(
            String vendor, Set<ReferenceKind> voiceOn, int maxTags, boolean inlineMedia) {
        return new RuleProfile(
                vendor,
                RuleProfile.NameRule.atMost(20),
                RuleProfile.DescriptionRule.atMost(true, 100),
                Option.some(klingImages(1)),
                Option.some(klingVideo()),
                new RuleProfile.VoiceRules(
                        HashSet.of(VoiceBindingKind.EXISTING, VoiceBindingKind.EXTRACT_FROM_VIDEO), voiceOn, false),
                new RuleProfile.TagRules(maxTags),
                Option.some(new RuleProfile.CallbackRules(2048, true, true)),
                inlineMedia);
    }

    /** Kling's own API: several tags, a voice on either kind of element, Base64 media allowed. */
    public static final RuleProfile KLING_OFFICIAL =
            klingShaped("kling-official", HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO), 8, true);

    /**
     * useapi.net: name ≤15 (a 5-character suffix is added), description optional ≤100, cover + 0–3 extras or
     * generateViews, mp4 ≥3 s (trimmed to 8) with a short edge ≥700 px, one tag (not Hottest, which useapi's tag
     * list lacks), voice only with the Character tag.
     */
    public static final RuleProfile USEAPI = new RuleProfile(
            "useapi",
            RuleProfile.NameRule.atMost(15),
            RuleProfile.DescriptionRule.atMost(false, 100),
            Option.some(klingImages(0)),
            Option.some(new RuleProfile.VideoRules(
                    Option.some(Duration.ofSeconds(3)),
                    Option.none(),
                    HashSet.of(MediaFormat.MP4),
                    Option.none(),
                    Option.some(700),
                    Option.none(),
                    List.empty())),
            new RuleProfile.VoiceRules(
                    HashSet.of(
                            VoiceBindingKind.EXISTING, VoiceBindingKind.EXTRACT_FROM_VIDEO, VoiceBindingKind.FROM_CLIP),
                    HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO),
                    true),
            RuleProfile.TagRules.atMost(1).except(TagKind.HOTTEST),
            Option.none(),
            false);

    /**
     * Evolink's kling-custom-element: Kling's rules (which it forwards), but no tags, a voice id on video elements
     * only, URLs only; its https-only, public-host, ≤2048-character callback rule is documented.
     */
    public static final RuleProfile EVOLINK = klingShaped("evolink", HashSet.of(ReferenceKind.VIDEO), 0, false);

    /** The request queue (GMI Cloud's queue guide): Kling's rules with several tags, voice on video elements only, URLs only. */
    public static final RuleProfile GMI_CLOUD = klingShaped("gmi-cloud", HashSet.of(ReferenceKind.VIDEO), 8, false);

    /** What each profile's vendor can do, as far as validation asks: only useapi generates views. */
    static Set<Capability> capabilities(RuleProfile profile) {
        Set<Capability> all = HashSet.of(Capability.values());
        return profile.vendor().equals("useapi") ? all : all.remove(Capability.GENERATE_VIEWS);
    }

    private RuleProfiles() {}
}
