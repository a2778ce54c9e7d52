package io.elements4j.domain.rules;

import io.elements4j.domain.capability.Capability;
import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
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

    /** The rules in the order their violations are reported: first these, on the draft as a whole, ... */
    private static final Rule[] FIRST = {
        TextChecks::nameNotBlank,
        TextChecks::nameLength,
        TextChecks::descriptionRequired,
        TextChecks::descriptionLength,
        ReferenceChecks::imagesSupported,
        ReferenceChecks::videoSupported,
        ReferenceChecks::extrasCount,
        ReferenceChecks::generateViews
    };

    /** ... then these, on each photo and the video, ... */
    private static final Rule.OnMedia[] ON_MEDIA = {
        SourceChecks.eachSource(SourceChecks::urlValid),
        SourceChecks.eachSource(SourceChecks::inlineAllowed),
        SourceChecks.eachSource(SourceChecks::inlineSize),
        SourceChecks.eachSource(SourceChecks::knownContent),
        SourceChecks.eachSource(SourceChecks::readable),
        ImageChecks.eachImage(ImageChecks::format),
        ImageChecks.eachImage(ImageChecks::size),
        ImageChecks.eachImage(ImageChecks::edges),
        ImageChecks.eachImage(ImageChecks::aspect),
        VideoChecks.theVideo(VideoChecks::format),
        VideoChecks.theVideo(VideoChecks::videoTrack),
        VideoChecks.theVideo(VideoChecks::tooShort),
        VideoChecks.theVideo(VideoChecks::tooLong),
        VideoChecks.theVideo(VideoChecks::size),
        VideoChecks.theVideo(VideoChecks::resolution),
        VideoChecks.theVideo(VideoChecks::aspect)
    };

    /** ... then these, on the draft again. */
    private static final Rule[] THEN = {
        VoiceChecks::supported,
        VoiceChecks::bindingKind,
        VoiceChecks::elementKind,
        VoiceChecks::characterTag,
        VoiceChecks::extractNeedsVideo,
        VoiceChecks::clipUrl,
        TagChecks::supported,
        TagChecks::count,
        TagChecks::known,
        TagChecks::kind,
        CallbackChecks::supported,
        CallbackChecks::wellFormed,
        CallbackChecks::https,
        CallbackChecks::length,
        CallbackChecks::publicHost
    };

    /**
     * The draft itself when it breaks none of the profile's rules and asks for no option the vendor lacks; otherwise
     * every violation, in a stable order. A draft option that only some vendors offer is gated by a {@link Capability}:
     * {@code generateViews} by {@link Capability#GENERATE_VIEWS} (without it the draft is refused on
     * {@code generateViews}, and its extra photos are counted as if it had not asked).
     *
     * @throws NullPointerException only when an argument is {@code null}
     * @param draft        the element to create
     * @param profile      the vendor's limits
     * @param capabilities what the vendor can do, as its provider declares it
     * @return the draft itself when it is valid; otherwise every violation, in a stable order
     */
    public static Validation<Seq<RuleViolation>, ElementDraft> validate(
            ElementDraft draft, RuleProfile profile, Set<Capability> capabilities) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(capabilities, "capabilities");
        Seq<RuleViolation> violations;
        if (draft.generateViews() && !capabilities.contains(Capability.GENERATE_VIEWS)) {
            ElementDraft asked = new ElementDraft(
                    draft.name(),
                    draft.description(),
                    draft.references(),
                    draft.tags(),
                    draft.voice(),
                    false,
                    draft.callbackUrl(),
                    draft.idempotencyKey());
            violations = violationsOf(asked, profile)
                    .prepend(RuleViolation.of(
                            Fields.GENERATE_VIEWS,
                            RuleCodes.GENERATE_VIEWS_UNSUPPORTED,
                            profile.vendor() + " cannot generate views; give the extra photos yourself"));
        } else {
            violations = violationsOf(draft, profile);
        }
        return violations.isEmpty() ? Validation.valid(draft) : Validation.invalid(violations);
    }

    private static Seq<RuleViolation> violationsOf(ElementDraft draft, RuleProfile profile) {
        // the photos and video are named, and their facts worked out, once for all the rules
        Medium.Media media = Medium.Media.of(draft);
        // loops over arrays: a valid draft, the usual case, then costs the rules themselves and nothing more
        Seq<RuleViolation> found = List.empty();
        for (Rule rule : FIRST) {
            found = found.appendAll(rule.check(draft, profile));
        }
        for (Rule.OnMedia rule : ON_MEDIA) {
            found = found.appendAll(rule.check(media, profile));
        }
        for (Rule rule : THEN) {
            found = found.appendAll(rule.check(draft, profile));
        }
        return found;
    }

    private ReferenceRules() {}
}
