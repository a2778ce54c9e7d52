package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.Seq;

/** One reference rule: the violations of it in a draft, judged against a vendor's profile. Must never throw. */
@FunctionalInterface
interface Rule {

    Seq<RuleViolation> check(ElementDraft draft, RuleProfile profile);

    /** A rule about the draft's photos or video, given them as {@link Medium.Media#of} named them. */
    @FunctionalInterface
    interface OnMedia {

        Seq<RuleViolation> check(Medium.Media media, RuleProfile profile);
    }
}
