package io.elements4j.domain.rules;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The four vendors' limits, from the vendors' pages. Adapters declare these;
 * tests check every rule at its boundaries against each.
 */
public final class RuleProfiles {

    private static final long MB = 1024L * 1024L;

    /** jpg/jpeg/png, ≤10 MB, ≥300 px, aspect 1:2.5–2.5:1 — every vendor's image rule. */
    private static RuleProfile.ImageRules klingImages(int minExtras, boolean generateViews) {
        return new RuleProfile.ImageRules(minExtras, 3, generateViews, HashSet.of(MediaFormat.JPEG, MediaFormat.PNG),
                10 * MB, 300, 1 / 2.5, 2.5);
    }

    /** .mp4/.mov, 3–8 s, 1080p, 16:9 or 9:16, ≤200 MB — Kling's video-element rule. */
    private static RuleProfile.VideoRules klingVideo() {
        return new RuleProfile.VideoRules(Duration.ofSeconds(3), Option.some(Duration.ofSeconds(8)),
                HashSet.of(MediaFormat.MP4, MediaFormat.MOV), Option.some(200 * MB), 1080, Option.some(1080),
                List.of(AspectRatio.LANDSCAPE_16_9, AspectRatio.PORTRAIT_9_16));
    }

    /**
     * Kling's own rules, as every vendor that forwards to Kling's element API shares them: name ≤20, description
     * required ≤100, frontal + 1–3 extras, Kling's video rule, voice by id or extracted from the video.
     */
    private static RuleProfile klingShaped(String vendor, io.vavr.collection.Set<ReferenceKind> voiceOn, int maxTags,
                                           boolean inlineMedia) {
        return new RuleProfile(
                vendor,
                new RuleProfile.NameRule(20),
                new RuleProfile.DescriptionRule(true, 100),
                Option.some(klingImages(1, false)),
                Option.some(klingVideo()),
                new RuleProfile.VoiceRules(HashSet.of(VoiceBindingKind.EXISTING, VoiceBindingKind.EXTRACT_FROM_VIDEO),
                        voiceOn, false),
                new RuleProfile.TagRules(maxTags),
                Option.some(new RuleProfile.CallbackRules(2048, true, true)),
                inlineMedia);
    }

    /** Kling's own API: several tags, a voice on either kind of element, Base64 media allowed. */
    public static final RuleProfile KLING_OFFICIAL =
            klingShaped("kling-official", HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO), 8, true);

    /**
     * useapi.net: name ≤15 (a 5-character suffix is added), description optional ≤100, cover + 0–3 extras or
     * generateViews, mp4 ≥3 s (trimmed to 8) with a short edge ≥700 px, one tag, voice only with the Character tag.
     */
    public static final RuleProfile USEAPI = new RuleProfile(
            "useapi",
            new RuleProfile.NameRule(15),
            new RuleProfile.DescriptionRule(false, 100),
            Option.some(klingImages(0, true)),
            Option.some(new RuleProfile.VideoRules(Duration.ofSeconds(3), Option.none(), HashSet.of(MediaFormat.MP4),
                    Option.none(), 700, Option.none(), List.empty())),
            new RuleProfile.VoiceRules(
                    HashSet.of(VoiceBindingKind.EXISTING, VoiceBindingKind.EXTRACT_FROM_VIDEO, VoiceBindingKind.FROM_CLIP),
                    HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO), true),
            new RuleProfile.TagRules(1),
            Option.none(),
            false);

    /**
     * Evolink's kling-custom-element: Kling's rules (which it forwards), but no tags, a voice id on video elements
     * only, URLs only; its https-only, public-host, ≤2048-character callback rule is documented.
     */
    public static final RuleProfile EVOLINK = klingShaped("evolink", HashSet.of(ReferenceKind.VIDEO), 0, false);

    /** The request queue (GMI Cloud's queue guide): Kling's rules with several tags, voice on video elements only, URLs only. */
    public static final RuleProfile FAL_QUEUE = klingShaped("fal-queue", HashSet.of(ReferenceKind.VIDEO), 8, false);

    private RuleProfiles() {
    }
}
