package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The name and description rules. Lengths count Unicode code points, so an emoji is one character, not two. */
final class TextChecks {

    static Seq<RuleViolation> nameNotBlank(ElementDraft draft, RuleProfile profile) {
        return draft.name().isBlank()
                ? List.of(RuleViolation.of(
                        Fields.NAME, RuleCodes.NAME_BLANK, "name is blank; " + profile.vendor() + " needs a name"))
                : List.empty();
    }

    static Seq<RuleViolation> nameLength(ElementDraft draft, RuleProfile profile) {
        String name = draft.name();
        int length = length(name);
        // a blank name is reported once, as blank
        return profile.name()
                .maxLength()
                .filter(max -> !name.isBlank() && length > max)
                .map(max -> RuleViolation.of(
                        Fields.NAME,
                        RuleCodes.NAME_TOO_LONG,
                        "name has " + length + " characters; " + profile.vendor() + " allows at most " + max))
                .toList();
    }

    static Seq<RuleViolation> descriptionRequired(ElementDraft draft, RuleProfile profile) {
        boolean missing = draft.description().forAll(String::isBlank);
        return profile.description().required() && missing
                ? List.of(RuleViolation.of(
                        Fields.DESCRIPTION,
                        RuleCodes.DESCRIPTION_REQUIRED,
                        "description is " + (draft.description().isEmpty() ? "missing" : "blank") + "; "
                                + profile.vendor() + " requires one"))
                : List.empty();
    }

    static Seq<RuleViolation> descriptionLength(ElementDraft draft, RuleProfile profile) {
        if (profile.description().maxLength().isEmpty()) {
            return List.empty();
        }
        int max = profile.description().maxLength().get();
        // a blank description a vendor requires is reported once, as required
        boolean reportedAsRequired = profile.description().required();
        return draft.description()
                .filter(text -> !(reportedAsRequired && text.isBlank()))
                .map(TextChecks::length)
                .filter(length -> length > max)
                .map(length -> RuleViolation.of(
                        Fields.DESCRIPTION,
                        RuleCodes.DESCRIPTION_TOO_LONG,
                        "description has " + length + " characters; " + profile.vendor() + " allows at most " + max))
                .toList();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private TextChecks() {}
}
