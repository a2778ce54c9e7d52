package io.elements4j.domain.rules;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.rules.RuleProfile.VideoRules;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

/** The rules on the reference video. A fact that is not known is not checked: the vendor will check it. */
final class VideoChecks {

    /** A rule about the video, given its known facts. */
    @FunctionalInterface
    interface VideoRule extends Medium.Check<VideoRules> {}

    /** The rule applied to the video of a video draft, when the vendor builds video elements at all. */
    static Rule.OnMedia theVideo(VideoRule rule) {
        return (Medium.Media media, RuleProfile profile) -> profile.video().isEmpty()
                ? List.empty()
                : Medium.violations(media.video(), profile.video().get(), profile.vendor(), rule);
    }

    /** The content must be what a local file's name says (see {@link SourceChecks#formatMatchesName}), and accepted. */
    static Option<RuleViolation> format(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        return SourceChecks.formatMatchesName(video)
                .orElse(() -> facts.format()
                        .filter(format -> !rules.formats().contains(format))
                        .map(format -> RuleViolation.of(
                                video.field(),
                                RuleCodes.VIDEO_FORMAT,
                                video.label() + " is " + Wording.format(format) + "; " + vendor + " accepts "
                                        + Wording.formats(rules.formats()))));
    }

    /** A video container whose reader found sound or text tracks but no picture is no video to build from. */
    static Option<RuleViolation> videoTrack(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        return facts.videoTrack()
                .filter(has -> !has)
                .map(none -> RuleViolation.of(
                        video.field(),
                        RuleCodes.VIDEO_NO_VIDEO_TRACK,
                        video.label()
                                + facts.fileName()
                                        .map(name -> " file " + Wording.shown(name))
                                        .getOrElse("")
                                + " holds no video track (sound or text only); " + vendor
                                + " builds a video element from moving pictures"));
    }

    static Option<RuleViolation> tooShort(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        return rules.minDuration()
                .flatMap(min -> facts.duration().filter(duration -> duration.compareTo(min) < 0))
                .map(duration -> RuleViolation.of(
                        video.field(),
                        RuleCodes.VIDEO_TOO_SHORT,
                        lengthIs(video, duration) + vendor + " needs " + durations(rules)));
    }

    static Option<RuleViolation> tooLong(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        return rules.maxDuration()
                .flatMap(max -> facts.duration().filter(duration -> duration.compareTo(max) > 0))
                .map(duration -> RuleViolation.of(
                        video.field(),
                        RuleCodes.VIDEO_TOO_LONG,
                        lengthIs(video, duration) + vendor + " needs " + durations(rules)));
    }

    static Option<RuleViolation> size(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        return rules.maxBytes()
                .flatMap(max -> facts.sizeBytes()
                        .filter(size -> size > max)
                        .map(size -> RuleViolation.of(
                                video.field(),
                                RuleCodes.VIDEO_TOO_LARGE,
                                video.label() + " is " + Wording.bytes(size) + "; " + vendor + " allows at most "
                                        + Wording.bytes(max))));
    }

    static Option<RuleViolation> resolution(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        return facts.shortEdge()
                .filter(edge -> rules.minShortEdge().exists(min -> edge < min)
                        || rules.maxShortEdge().exists(max -> edge > max))
                .map(edge -> RuleViolation.of(
                        video.field(),
                        RuleCodes.VIDEO_RESOLUTION,
                        video.label() + " is " + Wording.dimensions(facts) + ", short edge " + edge + " px; " + vendor
                                + " needs a short edge of " + shortEdges(rules)));
    }

    /** Any ratio when the vendor lists none; otherwise one of them, within {@link AspectRatio}'s tolerance. */
    static Option<RuleViolation> aspect(Medium video, MediaFacts facts, VideoRules rules, String vendor) {
        if (rules.aspects().isEmpty()) {
            return Option.none();
        }
        return facts.aspect()
                .filter(aspect -> !rules.aspects().exists(ratio -> ratio.matches(aspect)))
                .map(aspect -> RuleViolation.of(
                        video.field(),
                        RuleCodes.VIDEO_ASPECT,
                        video.label() + " is " + Wording.dimensions(facts) + ", aspect " + Wording.decimal(aspect)
                                + "; " + vendor + " accepts "
                                + Wording.alternatives(rules.aspects()
                                        .map(AspectRatio::toString)
                                        .toList())));
    }

    private static String lengthIs(Medium video, Duration duration) {
        return video.label() + " is " + Wording.seconds(duration) + " s long; ";
    }

    private static String durations(VideoRules rules) {
        if (rules.minDuration().isEmpty()) {
            return "at most " + Wording.seconds(rules.maxDuration().get()) + " s";
        }
        String min = Wording.seconds(rules.minDuration().get());
        return rules.maxDuration()
                .map(max -> min + "-" + Wording.seconds(max) + " s")
                .getOrElse("at least " + min + " s");
    }

    private static String shortEdges(VideoRules rules) {
        if (rules.minShortEdge().isEmpty()) {
            return "at most " + rules.maxShortEdge().get() + " px";
        }
        int min = rules.minShortEdge().get();
        return rules.maxShortEdge()
                .map(max -> max == min ? "exactly " + min + " px" : min + "-" + max + " px")
                .getOrElse("at least " + min + " px");
    }

    private VideoChecks() {}
}
