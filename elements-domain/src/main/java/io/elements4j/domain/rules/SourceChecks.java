package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaSource;
import io.vavr.control.Option;

/** The rules on how each photo or video is handed over: a fetchable URL, or inline bytes where accepted. */
final class SourceChecks {

    /** A rule about one photo or video. */
    @FunctionalInterface
    interface SourceRule {
        Option<RuleViolation> check(Medium medium, RuleProfile profile);
    }

    /** The rule applied to every photo and video of a draft. */
    static Rule eachSource(SourceRule rule) {
        return (ElementDraft draft, RuleProfile profile) ->
                Medium.allOf(draft).flatMap(medium -> rule.check(medium, profile));
    }

    static Option<RuleViolation> urlValid(Medium medium, RuleProfile profile) {
        if (!(medium.source() instanceof MediaSource.Url url) || WebUrl.parse(url.url()).isDefined()) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(medium.field(), RuleCodes.MEDIA_URL_INVALID,
                medium.label() + " URL " + Wording.shown(url.url()) + " is not an absolute http or https URL with a"
                        + " host; " + profile.vendor() + " must be able to fetch it"));
    }

    static Option<RuleViolation> inlineAllowed(Medium medium, RuleProfile profile) {
        if (!(medium.source() instanceof MediaSource.Inline inline) || profile.inlineMedia()) {
            return Option.none();
        }
        return Option.some(RuleViolation.of(medium.field(), RuleCodes.MEDIA_INLINE_UNSUPPORTED,
                medium.label() + " is given inline (" + inline.length() + " bytes); " + profile.vendor()
                        + " takes media only as URLs"));
    }

    private SourceChecks() {
    }
}
