package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.draft.References;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The rules on what a draft is built from: which kinds of element a vendor builds, and how many extra photos. */
final class ReferenceChecks {

    static Seq<RuleViolation> imagesSupported(ElementDraft draft, RuleProfile profile) {
        return draft.references() instanceof References.ImageReferences
                        && profile.images().isEmpty()
                ? List.of(RuleViolation.of(
                        Fields.FRONTAL,
                        RuleCodes.REFERENCES_IMAGE_UNSUPPORTED,
                        profile.vendor() + " cannot build an element from photos; give a reference video"))
                : List.empty();
    }

    static Seq<RuleViolation> videoSupported(ElementDraft draft, RuleProfile profile) {
        return draft.references() instanceof References.VideoReference
                        && profile.video().isEmpty()
                ? List.of(RuleViolation.of(
                        Fields.VIDEO,
                        RuleCodes.REFERENCES_VIDEO_UNSUPPORTED,
                        profile.vendor() + " cannot build an element from a video; give reference photos"))
                : List.empty();
    }

    /**
     * Extras are counted only when the draft does not ask the vendor to generate the views (whether the vendor can is
     * its {@code GENERATE_VIEWS} capability, which the facade checks).
     */
    static Seq<RuleViolation> extrasCount(ElementDraft draft, RuleProfile profile) {
        if (!(draft.references() instanceof References.ImageReferences images) || draft.generateViews()) {
            return List.empty();
        }
        int count = images.extras().size();
        return profile.images().toList().flatMap(rules -> {
            if (count < rules.minExtras()) {
                return List.of(RuleViolation.of(
                        Fields.EXTRAS,
                        RuleCodes.REFERENCES_EXTRAS_TOO_FEW,
                        "there " + extraImages(count) + " besides the frontal one; " + profile.vendor() + " needs "
                                + range(rules.minExtras(), rules.maxExtras())));
            }
            if (count > rules.maxExtras()) {
                return List.of(RuleViolation.of(
                        Fields.EXTRAS,
                        RuleCodes.REFERENCES_EXTRAS_TOO_MANY,
                        "there " + extraImages(count) + " besides the frontal one; " + profile.vendor()
                                + " allows at most " + rules.maxExtras()));
            }
            return List.<RuleViolation>empty();
        });
    }

    /** Generated views are of a photo element, and replace the extra photos. */
    static Seq<RuleViolation> generateViews(ElementDraft draft, RuleProfile profile) {
        if (!draft.generateViews()) {
            return List.empty();
        }
        if (draft.references() instanceof References.VideoReference) {
            return List.of(RuleViolation.of(
                    Fields.GENERATE_VIEWS,
                    RuleCodes.GENERATE_VIEWS_VIDEO,
                    "generateViews applies to photo elements only; this draft is a video element"));
        }
        int extras = ((References.ImageReferences) draft.references()).extras().size();
        return extras > 0
                ? List.of(RuleViolation.of(
                        Fields.GENERATE_VIEWS,
                        RuleCodes.GENERATE_VIEWS_WITH_EXTRAS,
                        "generateViews is set and there " + extraImages(extras) + "; " + profile.vendor()
                                + " takes one or the other"))
                : List.empty();
    }

    private static String extraImages(int count) {
        return count == 1 ? "is 1 extra image" : "are " + count + " extra images";
    }

    private static String range(int min, int max) {
        return min == max ? String.valueOf(min) : min + "-" + max;
    }

    private ReferenceChecks() {}
}
