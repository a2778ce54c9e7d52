package io.elements4j.domain.rules;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** The four vendor profiles as test arguments, and short ways to ask what the rules say about a draft. */
final class Vendors {

    static Stream<Named<RuleProfile>> all() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.USEAPI, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD)
                .map(Vendors::named);
    }

    static Stream<Named<RuleProfile>> withCallbacks() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD)
                .map(Vendors::named);
    }

    /** kling-official, evolink and gmi-cloud share Kling's own video rule: 3-8 s, exactly 1080p, 16:9 or 9:16, ≤200 MB. */
    static Stream<Named<RuleProfile>> withKlingVideoRules() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD)
                .map(Vendors::named);
    }

    static Named<RuleProfile> named(RuleProfile profile) {
        return Named.of(profile.vendor(), profile);
    }

    static Seq<RuleViolation> violations(ElementDraft draft, RuleProfile profile) {
        return ReferenceRules.validate(draft, profile, RuleProfiles.capabilities(profile))
                .fold(v -> v, valid -> List.empty());
    }

    static java.util.List<String> codes(ElementDraft draft, RuleProfile profile) {
        return violations(draft, profile).map(RuleViolation::code).toJavaList();
    }

    static java.util.List<String> codes(DraftBuilder draft, RuleProfile profile) {
        return codes(draft.build(), profile);
    }

    private Vendors() {}
}
