package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Checks a draft against a vendor's {@link RuleProfile} before anything is sent, and reports <em>every</em> broken
 * rule at once, so a user fixes a draft in one round trip.
 *
 * <p>Every rule below is a small function on its own; this list is the one place they are applied. Each violation
 * names a field path ({@code references.extras[2]}), a stable code from {@link RuleCodes} and a plain-English
 * message with the vendor, its limit and the value found. Rules about media facts that are not known are skipped.
 * Validation never throws, whatever the draft holds.
 *
 * <p><b>A valid verdict is remembered.</b> The facade validates a draft, then hands it to the adapter, which
 * validates it again so that an adapter used on its own never sends an invalid draft. The second check of the same
 * draft object against the same profile object answers at once: a draft is deeply immutable and the rules read
 * nothing but the draft and the profile, so a verdict once reached cannot change. Only valid verdicts are kept (an
 * invalid draft is rare, and gets every message each time), in a few slots shared by all threads, by identity; a
 * slot holds its draft weakly, so no draft (nor its inline media) is kept alive here, and a slot another draft has
 * since taken only means the rules run again.
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

    private static final int SLOTS = 64;

    /** Drafts lately found valid, by identity hash; see the class comment. */
    private static final AtomicReferenceArray<Verdict> RECENTLY_VALID = new AtomicReferenceArray<>(SLOTS);

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
        if (knownValid(draft, profile)) {
            return Validation.valid(draft);
        }
        Seq<RuleViolation> violations = RULES.flatMap(rule -> rule.check(draft, profile));
        if (!violations.isEmpty()) {
            return Validation.invalid(violations);
        }
        RECENTLY_VALID.set(slot(draft), new Verdict(new WeakReference<>(draft), profile));
        return Validation.valid(draft);
    }

    /** Whether this very draft was lately found valid against this very profile (so the rules need not run). */
    static boolean knownValid(ElementDraft draft, RuleProfile profile) {
        Verdict verdict = RECENTLY_VALID.get(slot(draft));
        return verdict != null && verdict.profile() == profile && verdict.draft().get() == draft;
    }

    private static int slot(ElementDraft draft) {
        return System.identityHashCode(draft) & (SLOTS - 1);
    }

    /** A draft found valid against a profile. */
    private record Verdict(WeakReference<ElementDraft> draft, RuleProfile profile) {
    }

    private ReferenceRules() {
    }
}
