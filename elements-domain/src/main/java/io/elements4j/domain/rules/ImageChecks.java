package io.elements4j.domain.rules;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.rules.RuleProfile.ImageRules;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The rules on each reference photo. A fact that is not known is not checked: the vendor will check it. */
final class ImageChecks {

    /** A rule about one photo, given its known facts. */
    @FunctionalInterface
    interface ImageRule extends Medium.Check<ImageRules> {}

    /** The rule applied to every photo of an image draft, when the vendor builds image elements at all. */
    static Rule.OnMedia eachImage(ImageRule rule) {
        return (Medium.Media media, RuleProfile profile) -> profile.images().isEmpty()
                ? List.empty()
                : Medium.violations(media.images(), profile.images().get(), profile.vendor(), rule);
    }

    /** The content must be what a local file's name says (see {@link SourceChecks#formatMatchesName}), and accepted. */
    static Option<RuleViolation> format(Medium image, MediaFacts facts, ImageRules rules, String vendor) {
        Option<RuleViolation> misnamed = SourceChecks.formatMatchesName(image);
        if (misnamed.isDefined()) {
            return misnamed;
        }
        if (facts.format().isEmpty() || rules.formats().contains(facts.format().get())) {
            return Option.none();
        }
        MediaFormat format = facts.format().get();
        return Option.some(RuleViolation.of(
                image.field(),
                RuleCodes.IMAGE_FORMAT,
                image.label() + " is " + Wording.format(format) + "; " + vendor + " accepts "
                        + Wording.formats(rules.formats())));
    }

    static Option<RuleViolation> size(Medium image, MediaFacts facts, ImageRules rules, String vendor) {
        return rules.maxBytes()
                .flatMap(max -> facts.sizeBytes()
                        .filter(size -> size > max)
                        .map(size -> RuleViolation.of(
                                image.field(),
                                RuleCodes.IMAGE_TOO_LARGE,
                                image.label() + " is " + Wording.bytes(size) + "; " + vendor + " allows at most "
                                        + Wording.bytes(max))));
    }

    /** Width and height each, as far as known. */
    static Option<RuleViolation> edges(Medium image, MediaFacts facts, ImageRules rules, String vendor) {
        if (rules.minEdge().isEmpty()
                || facts.width().isEmpty() && facts.height().isEmpty()) {
            return Option.none();
        }
        int min = rules.minEdge().get();
        int edge = Math.min(
                facts.width().getOrElse(Integer.MAX_VALUE), facts.height().getOrElse(Integer.MAX_VALUE));
        if (edge >= min) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(
                image.field(),
                RuleCodes.IMAGE_TOO_SMALL,
                image.label() + " is " + Wording.dimensions(facts) + "; " + vendor + " needs at least " + min
                        + " px on each side"));
    }

    /** Inclusive at both ends: 1:2.5 and 2.5:1 themselves are accepted. A bound the vendor does not set is not checked. */
    static Option<RuleViolation> aspect(Medium image, MediaFacts facts, ImageRules rules, String vendor) {
        return facts.aspect()
                .filter(aspect -> rules.minAspect().exists(min -> aspect < min)
                        || rules.maxAspect().exists(max -> aspect > max))
                .map(aspect -> RuleViolation.of(
                        image.field(),
                        RuleCodes.IMAGE_ASPECT,
                        image.label() + " is " + Wording.dimensions(facts) + ", aspect " + Wording.decimal(aspect)
                                + "; " + vendor + " accepts width/height " + aspectRange(rules)));
    }

    private static String aspectRange(ImageRules rules) {
        String min = rules.minAspect().map(Wording::decimal).getOrNull();
        String max = rules.maxAspect().map(Wording::decimal).getOrNull();
        return min != null && max != null
                ? "from " + min + " to " + max
                : min != null ? "of at least " + min : "of at most " + max;
    }

    private ImageChecks() {}
}
