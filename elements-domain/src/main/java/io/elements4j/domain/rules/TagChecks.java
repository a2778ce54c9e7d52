package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagCatalogue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The rules on how many tags a draft carries, and of which kinds. */
final class TagChecks {

    static Seq<RuleViolation> supported(ElementDraft draft, RuleProfile profile) {
        return profile.tags().maxTags() <= 0 && !draft.tags().isEmpty()
                ? List.of(RuleViolation.of(
                        Fields.TAGS,
                        RuleCodes.TAGS_UNSUPPORTED,
                        "there " + tags(draft.tags().size()) + "; " + profile.vendor() + " takes no tags"))
                : List.empty();
    }

    static Seq<RuleViolation> count(ElementDraft draft, RuleProfile profile) {
        int max = profile.tags().maxTags();
        int count = draft.tags().size();
        return max > 0 && count > max
                ? List.of(RuleViolation.of(
                        Fields.TAGS,
                        RuleCodes.TAGS_TOO_MANY,
                        "there " + tags(count) + "; " + profile.vendor() + " allows at most " + max))
                : List.empty();
    }

    /**
     * Every tag must be one the catalogue knows: a tag the vendor would not recognise is refused here rather than
     * sent (some vendors would create the element anyway, untagged or mis-tagged).
     */
    static Seq<RuleViolation> known(ElementDraft draft, RuleProfile profile) {
        return draft.tags()
                .zipWithIndex()
                .filter(t -> t._1 instanceof Tag.Unrecognised)
                .map(t -> RuleViolation.of(
                        Fields.TAGS + "[" + t._2 + "]",
                        RuleCodes.TAGS_UNKNOWN,
                        "tag " + Wording.shown(t._1.id()) + " (" + Wording.shown(t._1.name()) + ") is not in "
                                + profile.vendor() + "'s catalogue; use one of "
                                + TagCatalogue.all().map(Tag::id).mkString(", ")))
                .toList();
    }

    /**
     * Every catalogue tag must be of a kind the vendor takes; checked only where the vendor takes tags at all (where
     * it takes none, {@link #supported} says so once).
     */
    static Seq<RuleViolation> kind(ElementDraft draft, RuleProfile profile) {
        RuleProfile.TagRules rules = profile.tags();
        if (rules.maxTags() <= 0) {
            return List.empty();
        }
        return draft.tags()
                .zipWithIndex()
                .filter(t -> t._1 instanceof Tag.Known known && !rules.accepts(known.kind()))
                .map(t -> RuleViolation.of(
                        Fields.TAGS + "[" + t._2 + "]",
                        RuleCodes.TAGS_KIND_NOT_TAKEN,
                        "tag " + t._1.id() + " (" + t._1.name() + ") is not one " + profile.vendor()
                                + " takes on a create; it takes " + taken(rules)))
                .toList();
    }

    /** The kinds taken, in catalogue order: "o_102 (Character), o_103 (Animal)". */
    private static String taken(RuleProfile.TagRules rules) {
        return TagCatalogue.all()
                .filter(t -> t instanceof Tag.Known known && rules.kinds().contains(known.kind()))
                .map(t -> t.id() + " (" + t.name() + ")")
                .mkString(", ");
    }

    private static String tags(int count) {
        return count == 1 ? "is 1 tag" : "are " + count + " tags";
    }

    private TagChecks() {}
}
