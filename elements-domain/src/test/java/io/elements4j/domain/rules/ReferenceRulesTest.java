package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.elements4j.domain.draft.ElementDraft;
import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.reflect.Field;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceRulesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void passes_a_valid_photo_draft_through_unchanged(RuleProfile vendor) {
        ElementDraft draft = aPhotoDraft().build();
        Validation<Seq<RuleViolation>, ElementDraft> result =
                ReferenceRules.validate(draft, vendor, RuleProfiles.capabilities(vendor));
        assertThat(result.isValid()).as("%s", result).isTrue();
        assertThat(result.get()).isSameAs(draft);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void passes_a_valid_video_draft_through_unchanged(RuleProfile vendor) {
        ElementDraft draft = aVideoDraft().build();
        assertThat(ReferenceRules.validate(draft, vendor, RuleProfiles.capabilities(vendor))
                        .get())
                .isSameAs(draft);
    }

    @Test
    void passes_a_draft_using_everything_each_vendor_offers() {
        assertThat(codes(
                        aVideoDraft()
                                .taggedAs(TagKind.CHARACTER, TagKind.HOTTEST)
                                .withVoice(VoiceBinding.existing("1"))
                                .withCallback("https://hooks.example.com/kling"),
                        RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
        assertThat(codes(
                        aPhotoDraft()
                                .withExtras(0)
                                .generatingViews()
                                .withoutDescription()
                                .taggedAs(TagKind.CHARACTER)
                                .withVoice(VoiceBinding.fromClip("https://cdn.example.com/v.mp4")),
                        RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(
                        aVideoDraft()
                                .withVoice(VoiceBinding.existing("829824295735410756"))
                                .withCallback("https://hooks.example.com/evolink"),
                        RuleProfiles.EVOLINK))
                .isEmpty();
        assertThat(codes(
                        aVideoDraft()
                                .taggedAs(TagKind.CHARACTER)
                                .withVoice(VoiceBinding.existing("1"))
                                .withCallback("https://hooks.example.com/queue"),
                        RuleProfiles.GMI_CLOUD))
                .isEmpty();
    }

    @Test
    void reports_every_problem_of_a_photo_draft_at_once() {
        MediaFacts tinyWebp = MediaFacts.unknown().withDimensions(299, 299).withSizeBytes(11 * Media.MB);
        ElementDraft draft = aPhotoDraft()
                .named("   ")
                .describedAs("d".repeat(101))
                .withFrontal(Media.photo("front.webp", tinyWebp))
                .withExtras(0)
                .generatingViews()
                .withVoice(VoiceBinding.existing("829824295735410756"))
                .taggedAs(TagKind.CHARACTER)
                .withCallback("http://127.0.0.1/hook")
                .build();

        assertThat(codes(draft, RuleProfiles.EVOLINK))
                .containsExactlyInAnyOrder(
                        RuleCodes.NAME_BLANK,
                        RuleCodes.DESCRIPTION_TOO_LONG,
                        RuleCodes.REFERENCES_EXTRAS_TOO_FEW,
                        RuleCodes.GENERATE_VIEWS_UNSUPPORTED,
                        RuleCodes.IMAGE_FORMAT,
                        RuleCodes.IMAGE_TOO_LARGE,
                        RuleCodes.IMAGE_TOO_SMALL,
                        RuleCodes.VOICE_REQUIRES_VIDEO_ELEMENT,
                        RuleCodes.TAGS_UNSUPPORTED,
                        RuleCodes.CALLBACK_NOT_HTTPS,
                        RuleCodes.CALLBACK_PRIVATE_HOST);
    }

    @Test
    void reports_every_problem_of_a_video_draft_at_once() {
        MediaFacts facts = MediaFacts.unknown()
                .withDimensions(699, 699)
                .withSizeBytes(201 * Media.MB)
                .withDuration(Duration.ofMillis(2900));
        ElementDraft draft = aVideoDraft()
                .named("a".repeat(16))
                .withoutDescription()
                .withVideo(MediaSource.inline(new byte[] {0, 0, 0, 0x18}, facts))
                .generatingViews()
                .withVoice(VoiceBinding.fromClip("clip"))
                .taggedAs(TagKind.ANIMAL, TagKind.SCENE)
                .withCallback("https://hooks.example.com/")
                .build();

        assertThat(violations(draft, RuleProfiles.USEAPI))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(
                        tuple("name", RuleCodes.NAME_TOO_LONG),
                        tuple("generateViews", RuleCodes.GENERATE_VIEWS_VIDEO),
                        tuple("references.video", RuleCodes.MEDIA_INLINE_UNSUPPORTED),
                        tuple("references.video", RuleCodes.VIDEO_TOO_SHORT),
                        tuple("references.video", RuleCodes.VIDEO_RESOLUTION),
                        tuple("voice", RuleCodes.VOICE_REQUIRES_CHARACTER_TAG),
                        tuple("voice", RuleCodes.VOICE_CLIP_URL_INVALID),
                        tuple("tags", RuleCodes.TAGS_TOO_MANY),
                        tuple("callbackUrl", RuleCodes.CALLBACK_UNSUPPORTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void says_when_a_vendor_builds_no_element_of_the_kind_asked_for(RuleProfile vendor) {
        RuleProfile neither = Profiles.withoutElementKinds(vendor);
        assertThat(violations(aPhotoDraft().build(), neither))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.frontal", RuleCodes.REFERENCES_IMAGE_UNSUPPORTED));
        assertThat(violations(aVideoDraft().build(), neither))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.video", RuleCodes.REFERENCES_VIDEO_UNSUPPORTED));
    }

    @Test
    void publishes_every_code_as_dot_separated_lower_snake_case() throws IllegalAccessException {
        for (Field field : RuleCodes.class.getFields()) {
            assertThat((String) field.get(null)).as(field.getName()).matches("[a-z_]+(\\.[a-z_]+)+");
        }
        assertThat(RuleCodes.class.getFields()).hasSizeGreaterThanOrEqualTo(36);
    }
}
