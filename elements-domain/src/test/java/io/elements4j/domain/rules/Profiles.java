package io.elements4j.domain.rules;

import io.vavr.control.Option;

/** Variations of the vendor profiles, for rules none of the four vendors exercises. */
final class Profiles {

    static RuleProfile withVoice(RuleProfile profile, RuleProfile.VoiceRules voice) {
        return new RuleProfile(
                profile.vendor(),
                profile.name(),
                profile.description(),
                profile.images(),
                profile.video(),
                voice,
                profile.tags(),
                profile.callbacks(),
                profile.inlineMedia());
    }

    static RuleProfile withoutElementKinds(RuleProfile profile) {
        return new RuleProfile(
                profile.vendor(),
                profile.name(),
                profile.description(),
                Option.none(),
                Option.none(),
                profile.voice(),
                profile.tags(),
                profile.callbacks(),
                profile.inlineMedia());
    }

    private Profiles() {}
}
