package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.tag.TagKind;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** A profile built limit by limit is the profile the canonical constructor makes, and starts from "nothing". */
class RuleProfileBuilderTest {

    @Test
    void each_named_limit_lands_where_the_canonical_constructor_puts_it() {
        RuleProfile.ImageRules images = RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG));
        RuleProfile.VoiceRules voice = new RuleProfile.VoiceRules(
                HashSet.of(VoiceBindingKind.EXISTING), HashSet.of(ReferenceKind.IMAGE), true);

        RuleProfile built = RuleProfile.builder("acme")
                .name(RuleProfile.NameRule.atMost(40))
                .description(RuleProfile.DescriptionRule.required(200))
                .images(images)
                .voice(voice)
                .tags(RuleProfile.TagRules.atMost(2).onlyOf(TagKind.CHARACTER))
                .callbacks(RuleProfile.CallbackRules.httpsToPublicHosts(2048))
                .inlineMediaAllowed()
                .build();

        assertThat(built)
                .isEqualTo(new RuleProfile(
                        "acme",
                        RuleProfile.NameRule.atMost(40),
                        RuleProfile.DescriptionRule.atMost(true, 200),
                        Option.some(images),
                        Option.none(),
                        voice,
                        new RuleProfile.TagRules(2, HashSet.of(TagKind.CHARACTER)),
                        Option.some(new RuleProfile.CallbackRules(2048, true, true)),
                        true));
    }

    @Test
    void starts_from_a_vendor_that_takes_a_name_and_nothing_else() {
        RuleProfile bare = RuleProfile.builder("bare").build();

        assertThat(codes(aPhotoDraft().named("x".repeat(500)), bare))
                .as("a photo element, but no images allowed")
                .containsExactly(RuleCodes.REFERENCES_IMAGE_UNSUPPORTED);
        assertThat(codes(aPhotoDraft().taggedAs(TagKind.CHARACTER), bare))
                .contains(RuleCodes.REFERENCES_IMAGE_UNSUPPORTED, RuleCodes.TAGS_UNSUPPORTED);
        assertThat(bare.voice().bindings()).isEmpty();
        assertThat(bare.callbacks()).isEmpty();
        assertThat(bare.inlineMedia()).isFalse();
    }
}
