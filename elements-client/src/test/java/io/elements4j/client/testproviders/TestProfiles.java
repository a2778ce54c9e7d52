package io.elements4j.client.testproviders;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.rules.AspectRatio;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.VoiceBindingKind;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * A realistic rule profile for the ports' test providers (the shipped vendors' profiles live in their adapters):
 * name at most 20, a description of at most 100 required, a frontal photo and 1–3 extras, a 3–8 s 1080p video,
 * up to 8 tags, https callbacks, inline media allowed.
 */
public final class TestProfiles {

    private static final long MB = 1024L * 1024L;

    /** The strict profile the ports' tests check drafts against. */
    public static final RuleProfile STRICT = new RuleProfile(
            "strict",
            RuleProfile.NameRule.atMost(20),
            RuleProfile.DescriptionRule.atMost(true, 100),
            Option.some(new RuleProfile.ImageRules(
                    1,
                    3,
                    HashSet.of(MediaFormat.JPEG, MediaFormat.PNG),
                    Option.some(10 * MB),
                    Option.some(300),
                    Option.some(1 / 2.5),
                    Option.some(2.5))),
            Option.some(new RuleProfile.VideoRules(
                    Option.some(Duration.ofSeconds(3)),
                    Option.some(Duration.ofSeconds(8)),
                    HashSet.of(MediaFormat.MP4, MediaFormat.MOV),
                    Option.some(200 * MB),
                    Option.some(1080),
                    Option.some(1080),
                    List.of(AspectRatio.LANDSCAPE_16_9, AspectRatio.PORTRAIT_9_16))),
            new RuleProfile.VoiceRules(
                    HashSet.of(VoiceBindingKind.EXISTING, VoiceBindingKind.EXTRACT_FROM_VIDEO),
                    HashSet.of(ReferenceKind.IMAGE, ReferenceKind.VIDEO),
                    false),
            new RuleProfile.TagRules(8),
            Option.some(new RuleProfile.CallbackRules(2048, true, true)),
            true);

    private TestProfiles() {}
}
