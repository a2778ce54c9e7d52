package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The rules on binding a voice. A draft without a voice breaks none of them. When the vendor takes no voice at
 * all, that is the one thing said: the finer rules would only repeat it.
 */
final class VoiceChecks {

    static Seq<RuleViolation> supported(ElementDraft draft, RuleProfile profile) {
        return bound(draft).isDefined() && !voicesAccepted(profile)
                ? List.of(RuleViolation.of(
                        Fields.VOICE,
                        RuleCodes.VOICE_UNSUPPORTED,
                        profile.vendor() + " cannot bind a voice to an element"))
                : List.empty();
    }

    static Seq<RuleViolation> bindingKind(ElementDraft draft, RuleProfile profile) {
        return bound(draft)
                .filter(kind ->
                        voicesAccepted(profile) && !profile.voice().bindings().contains(kind))
                .map(kind -> RuleViolation.of(
                        Fields.VOICE,
                        RuleCodes.VOICE_BINDING_KIND,
                        "voice is bound " + describe(kind) + "; " + profile.vendor() + " accepts a voice "
                                + Wording.alternatives(profile.voice()
                                        .bindings()
                                        .toList()
                                        .sorted()
                                        .map(VoiceChecks::describe))))
                .toList();
    }

    /** Extracting a voice from a photo element is {@link #extractNeedsVideo}'s to report, not this rule's. */
    static Seq<RuleViolation> elementKind(ElementDraft draft, RuleProfile profile) {
        ReferenceKind element = draft.references().kind();
        boolean extractOnPhotos =
                bound(draft).contains(VoiceBindingKind.EXTRACT_FROM_VIDEO) && element == ReferenceKind.IMAGE;
        if (bound(draft).isEmpty()
                || !voicesAccepted(profile)
                || extractOnPhotos
                || profile.voice().allowedOn().contains(element)) {
            return List.empty();
        }
        boolean videoOnly = profile.voice().allowedOn().equals(HashSet.of(ReferenceKind.VIDEO));
        return List.of(RuleViolation.of(
                Fields.VOICE,
                videoOnly ? RuleCodes.VOICE_REQUIRES_VIDEO_ELEMENT : RuleCodes.VOICE_ELEMENT_KIND,
                "voice is bound to a " + kindName(element) + " element; " + profile.vendor() + " binds voices only to "
                        + Wording.alternatives(
                                profile.voice().allowedOn().toList().sorted().map(VoiceChecks::kindName))
                        + " elements"));
    }

    static Seq<RuleViolation> characterTag(ElementDraft draft, RuleProfile profile) {
        return bound(draft).isDefined()
                        && voicesAccepted(profile)
                        && profile.voice().requiresCharacterTag()
                        && !draft.hasTag(TagKind.CHARACTER)
                ? List.of(RuleViolation.of(
                        Fields.VOICE,
                        RuleCodes.VOICE_REQUIRES_CHARACTER_TAG,
                        "voice is bound but the draft has no Character tag; " + profile.vendor()
                                + " binds voices only to characters"))
                : List.empty();
    }

    static Seq<RuleViolation> extractNeedsVideo(ElementDraft draft, RuleProfile profile) {
        return bound(draft).contains(VoiceBindingKind.EXTRACT_FROM_VIDEO)
                        && voicesAccepted(profile)
                        && draft.references().kind() == ReferenceKind.IMAGE
                ? List.of(RuleViolation.of(
                        Fields.VOICE,
                        RuleCodes.VOICE_EXTRACT_REQUIRES_VIDEO,
                        "voice is to be extracted from the reference video, but this draft is built from photos"))
                : List.empty();
    }

    static Seq<RuleViolation> clipUrl(ElementDraft draft, RuleProfile profile) {
        if (!(draft.voice() instanceof VoiceBinding.FromClip clip)
                || !voicesAccepted(profile)
                || WebUrl.parse(clip.clipUrl()).isDefined()) {
            return List.empty();
        }
        return List.of(RuleViolation.of(
                Fields.VOICE,
                RuleCodes.VOICE_CLIP_URL_INVALID,
                "voice clip URL " + Wording.shown(clip.clipUrl())
                        + " is not an absolute http or https URL with a host; " + profile.vendor()
                        + " must be able to fetch it"));
    }

    private static Option<VoiceBindingKind> bound(ElementDraft draft) {
        return Option.of(VoiceBindingKind.of(draft.voice()));
    }

    private static boolean voicesAccepted(RuleProfile profile) {
        return !profile.voice().bindings().isEmpty();
    }

    private static String describe(VoiceBindingKind kind) {
        return switch (kind) {
            case EXISTING -> "by voice id";
            case EXTRACT_FROM_VIDEO -> "by extraction from the reference video";
            case FROM_CLIP -> "from a voice clip URL";
        };
    }

    private static String kindName(ReferenceKind kind) {
        return kind == ReferenceKind.IMAGE ? "photo" : "video";
    }

    private VoiceChecks() {}
}
