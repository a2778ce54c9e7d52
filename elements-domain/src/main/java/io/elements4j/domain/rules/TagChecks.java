package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The rules on how many tags a draft carries. */
final class TagChecks {

    static Seq<RuleViolation> supported(ElementDraft draft, RuleProfile profile) {
        return profile.tags().maxTags() <= 0 && !draft.tags().isEmpty()
                ? List.of(RuleViolation.of(Fields.TAGS, RuleCodes.TAGS_UNSUPPORTED,
                        "there " + tags(draft.tags().size()) + "; " + profile.vendor() + " takes no tags"))
                : List.empty();
    }

    static Seq<RuleViolation> count(ElementDraft draft, RuleProfile profile) {
        int max = profile.tags().maxTags();
        int count = draft.tags().size();
        return max > 0 && count > max
                ? List.of(RuleViolation.of(Fields.TAGS, RuleCodes.TAGS_TOO_MANY,
                        "there " + tags(count) + "; " + profile.vendor() + " allows at most " + max))
                : List.empty();
    }

    private static String tags(int count) {
        return count == 1 ? "is 1 tag" : "are " + count + " tags";
    }

    private TagChecks() {
    }
}
