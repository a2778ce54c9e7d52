package io.elements4j.adapter.support;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.rules.AspectRatio;
import io.elements4j.domain.rules.RuleProfile;
import io.elements4j.domain.rules.VoiceBindingKind;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The rule profile of Kling's element API, which Kling itself, Evolink and the request queue all forward to: name at
 * most 20 characters, a description of at most 100 required, a frontal photo and 1–3 extras (jpg/jpeg/png, at most
 * 10 MB, at least 300 px, aspect 1:2.5 to 2.5:1), or a 3–8 s 1080p .mp4/.mov video of 16:9 or 9:16 of at most
 * 200 MB, a voice by id or extracted from the video, and an https callback URL of at most 2048 characters. What
 * differs between the vendors is a parameter.
 */
public final class KlingElementRules {

    private static final long MB = 1024L * 1024L;

    private KlingElementRules() {}

    /**
     * Kling's element rules, as one vendor applies them.
     *
     * @param vendor      the provider id, as messages name it
     * @param voiceOn     the element kinds a voice may be bound to
     * @param maxTags     how many tags a draft may carry (0: none)
     * @param inlineMedia whether media may be sent inline as Base64, or only as URLs
     */
    public static RuleProfile profile(String vendor, Set<ReferenceKind> voiceOn, int maxTags, boolean inlineMedia) {
        return new RuleProfile(
                vendor,
                RuleProfile.NameRule.atMost(20),
                RuleProfile.DescriptionRule.atMost(true, 100),
                Option.some(images(1)),
                Option.some(video()),
                new RuleProfile.VoiceRules(
                        HashSet.of(VoiceBindingKind.EXISTING, VoiceBindingKind.EXTRACT_FROM_VIDEO), voiceOn, false),
                new RuleProfile.TagRules(maxTags),
                Option.some(new RuleProfile.CallbackRules(2048, true, true)),
                inlineMedia);
    }

    /** Kling's video rules: a 3–8 s .mp4/.mov of 1080p, 16:9 or 9:16, at most 200 MB. */
    public static RuleProfile.VideoRules video() {
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
     * Kling's photo rules: jpg/jpeg/png, at most 10 MB, at least 300 px on each side, aspect 1:2.5 to 2.5:1, up to 3
     * extras.
     *
     * @param minExtras the fewest extra photos besides the frontal one
     * @return the image rules
     */
    public static RuleProfile.ImageRules images(int minExtras) {
        return images(minExtras, 3);
    }

    /**
     * Kling's photo rules with another number of extras, for a vendor in front of Kling that takes more or fewer.
     *
     * @param minExtras the fewest extra photos besides the frontal one
     * @param maxExtras the most extra photos
     * @return the image rules
     */
    public static RuleProfile.ImageRules images(int minExtras, int maxExtras) {
        return new RuleProfile.ImageRules(
                minExtras,
                maxExtras,
                HashSet.of(MediaFormat.JPEG, MediaFormat.PNG),
                Option.some(10 * MB),
                Option.some(300),
                Option.some(1 / 2.5),
                Option.some(2.5));
    }
}
