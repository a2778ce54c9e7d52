package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.rules.RuleProfile.CallbackRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The rules on the callback URL. When the vendor takes no callback, that is the one thing said. A URL that cannot
 * be read is reported as malformed and its scheme and host are not judged; its length always is.
 */
final class CallbackChecks {

    static Seq<RuleViolation> supported(ElementDraft draft, RuleProfile profile) {
        return draft.callbackUrl().isDefined() && profile.callbacks().isEmpty()
                ? List.of(RuleViolation.of(
                        Fields.CALLBACK_URL,
                        RuleCodes.CALLBACK_UNSUPPORTED,
                        profile.vendor() + " takes no callback URL; wait for the result instead"))
                : List.empty();
    }

    static Seq<RuleViolation> wellFormed(ElementDraft draft, RuleProfile profile) {
        return checked(draft, profile)
                .filter(url -> WebUrl.parse(url).isEmpty())
                .map(url -> RuleViolation.of(
                        Fields.CALLBACK_URL,
                        RuleCodes.CALLBACK_MALFORMED,
                        "callback URL " + Wording.shown(url) + " is not an absolute http or https URL with a host; "
                                + profile.vendor() + " must be able to call it"))
                .toList();
    }

    static Seq<RuleViolation> https(ElementDraft draft, RuleProfile profile) {
        return profile.callbacks()
                .filter(CallbackRules::httpsOnly)
                .flatMap(rules -> parsed(draft, profile))
                .filter(url -> !url.isHttps())
                .map(url -> RuleViolation.of(
                        Fields.CALLBACK_URL,
                        RuleCodes.CALLBACK_NOT_HTTPS,
                        "callback URL uses " + url.scheme() + "; " + profile.vendor() + " calls back only over https"))
                .toList();
    }

    static Seq<RuleViolation> length(ElementDraft draft, RuleProfile profile) {
        return profile.callbacks()
                .flatMap(rules -> checked(draft, profile)
                        .map(url -> url.codePointCount(0, url.length()))
                        .filter(length -> length > rules.maxLength())
                        .map(length -> RuleViolation.of(
                                Fields.CALLBACK_URL,
                                RuleCodes.CALLBACK_TOO_LONG,
                                "callback URL has " + length + " characters; " + profile.vendor() + " allows at most "
                                        + rules.maxLength())))
                .toList();
    }

    static Seq<RuleViolation> publicHost(ElementDraft draft, RuleProfile profile) {
        return profile.callbacks()
                .filter(CallbackRules::publicHostOnly)
                .flatMap(rules -> parsed(draft, profile))
                .filter(url -> PrivateHosts.isPrivate(url.host()))
                .map(url -> RuleViolation.of(
                        Fields.CALLBACK_URL,
                        RuleCodes.CALLBACK_PRIVATE_HOST,
                        "callback URL points at " + Wording.shown(url.host()) + ", a local or private host; "
                                + profile.vendor() + " calls back only public hosts"))
                .toList();
    }

    /** The URL, when the vendor takes callbacks at all. */
    private static Option<String> checked(ElementDraft draft, RuleProfile profile) {
        return profile.callbacks().isDefined() ? draft.callbackUrl() : Option.none();
    }

    private static Option<WebUrl> parsed(ElementDraft draft, RuleProfile profile) {
        return checked(draft, profile).flatMap(WebUrl::parse);
    }

    private CallbackChecks() {}
}
