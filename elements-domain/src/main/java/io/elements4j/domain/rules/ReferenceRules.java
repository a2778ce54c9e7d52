package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Checks a draft against a vendor's {@link RuleProfile} before anything is sent, and reports <em>every</em> broken
 * rule at once, so a user fixes a draft in one round trip.
 *
 * <p>Every rule below is a small function on its own; this list is the one place they are applied. Each violation
 * names a field path ({@code references.extras[2]}), a stable code from {@link RuleCodes} and a plain-English
 * message with the vendor, its limit and the value found. Rules about media facts that are not known are skipped.
 * Validation never throws, whatever the draft holds.
 *
 *
 * <p>The facade runs these rules once per draft, before it calls a provider; providers do not run them again.
 */
public final class ReferenceRules {

    private static final Seq<Rule> RULES = List.of(
            TextChecks::nameNotBlank,
            TextChecks::nameLength,
            TextChecks::descriptionRequired,
            TextChecks::descriptionLength,

            ReferenceChecks::imagesSupported,
            ReferenceChecks::videoSupported,
            ReferenceChecks::extrasCount,
            ReferenceChecks::generateViews,

            SourceChecks.eachSource(SourceChecks::urlValid),
            SourceChecks.eachSource(SourceChecks::inlineAllowed),

            ImageChecks.eachImage(ImageChecks::format),
            ImageChecks.eachImage(ImageChecks::size),
            ImageChecks.eachImage(ImageChecks::edges),
            ImageChecks.eachImage(ImageChecks::aspect),

            VideoChecks.theVideo(VideoChecks::format),
            VideoChecks.theVideo(VideoChecks::tooShort),
            VideoChecks.theVideo(VideoChecks::tooLong),
            VideoChecks.theVideo(VideoChecks::size),
            VideoChecks.theVideo(VideoChecks::resolution),
            VideoChecks.theVideo(VideoChecks::aspect),

            VoiceChecks::supported,
            VoiceChecks::bindingKind,
            VoiceChecks::elementKind,
            VoiceChecks::characterTag,
            VoiceChecks::extractNeedsVideo,
            VoiceChecks::clipUrl,

            TagChecks::supported,
            TagChecks::count,
            TagChecks::known,

            CallbackChecks::supported,
            CallbackChecks::wellFormed,
            CallbackChecks::https,
            CallbackChecks::length,
            CallbackChecks::publicHost);

    /**
     * The draft itself when it breaks none of the profile's rules; otherwise every violation, in a stable order.
     *
     * @throws NullPointerException only when {@code draft} or {@code profile} is {@code null}
     * @param draft the element to create
     * @param profile the profile
     * @return the draft itself when it breaks none of the profile's rules; otherwise every violation, in a stable order
     */
    public static Validation<Seq<RuleViolation>, ElementDraft> validate(ElementDraft draft, RuleProfile profile) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(profile, "profile");
        Seq<RuleViolation> violations = RULES.flatMap(rule -> rule.check(draft, profile));
        return violations.isEmpty() ? Validation.valid(draft) : Validation.invalid(violations);
    }

    private ReferenceRules() {
    }
}
