package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.draft.ElementDraft;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

/**
 * The facade validates a draft and the adapter validates it again: the second time the verdict is the same, and
 * remembered rather than worked out again, but only for the very draft and profile that were found valid.
 */
class RememberedVerdictTest {

    @Test
    void a_draft_validated_again_gets_the_same_valid_verdict_at_once() {
        ElementDraft draft = aPhotoDraft().build();

        Validation<Seq<RuleViolation>, ElementDraft> first = ReferenceRules.validate(draft, RuleProfiles.KLING_OFFICIAL);
        assertThat(ReferenceRules.knownValid(draft, RuleProfiles.KLING_OFFICIAL)).isTrue();
        Validation<Seq<RuleViolation>, ElementDraft> second = ReferenceRules.validate(draft, RuleProfiles.KLING_OFFICIAL);

        assertThat(first.isValid()).isTrue();
        assertThat(second.isValid()).isTrue();
        assertThat(second.get()).isSameAs(draft);
    }

    @Test
    void a_draft_found_valid_for_one_vendor_is_checked_afresh_for_another() {
        ElementDraft draft = aPhotoDraft().withoutDescription().build();

        assertThat(ReferenceRules.validate(draft, RuleProfiles.USEAPI).isValid()).isTrue();
        assertThat(ReferenceRules.knownValid(draft, RuleProfiles.KLING_OFFICIAL)).isFalse();
        Validation<Seq<RuleViolation>, ElementDraft> kling = ReferenceRules.validate(draft, RuleProfiles.KLING_OFFICIAL);

        assertThat(kling.isInvalid()).isTrue();
        assertThat(kling.getError().map(RuleViolation::code)).containsExactly(RuleCodes.DESCRIPTION_REQUIRED);
        assertThat(kling.getError().head().message()).contains("kling-official");
    }

    @Test
    void an_equal_profile_that_is_another_object_is_checked_afresh_with_the_same_verdict() {
        ElementDraft draft = aPhotoDraft().build();
        RuleProfile k = RuleProfiles.KLING_OFFICIAL;
        RuleProfile copy = new RuleProfile(k.vendor(), k.name(), k.description(), k.images(), k.video(), k.voice(),
                k.tags(), k.callbacks(), k.inlineMedia());
        ReferenceRules.validate(draft, k);

        assertThat(ReferenceRules.knownValid(draft, copy)).isFalse();
        assertThat(ReferenceRules.validate(draft, copy).get()).isSameAs(draft);
    }

    @Test
    void an_equal_copy_of_a_valid_draft_is_checked_on_its_own() {
        ElementDraft draft = aPhotoDraft().build();
        ElementDraft copy = draft.toBuilder().build();
        ReferenceRules.validate(draft, RuleProfiles.KLING_OFFICIAL);

        assertThat(copy).isEqualTo(draft);
        assertThat(ReferenceRules.knownValid(copy, RuleProfiles.KLING_OFFICIAL)).isFalse();
        assertThat(ReferenceRules.validate(copy, RuleProfiles.KLING_OFFICIAL).get()).isSameAs(copy);
    }

    @Test
    void an_invalid_draft_gets_every_message_each_time() {
        ElementDraft draft = aPhotoDraft().named("   ").describedAs("d".repeat(101)).build();

        Seq<RuleViolation> first = ReferenceRules.validate(draft, RuleProfiles.KLING_OFFICIAL).getError();
        assertThat(ReferenceRules.knownValid(draft, RuleProfiles.KLING_OFFICIAL)).isFalse();
        Seq<RuleViolation> second = ReferenceRules.validate(draft, RuleProfiles.KLING_OFFICIAL).getError();

        assertThat(first.map(RuleViolation::code)).containsExactly(RuleCodes.NAME_BLANK, RuleCodes.DESCRIPTION_TOO_LONG);
        assertThat(second).isEqualTo(first);
    }
}
