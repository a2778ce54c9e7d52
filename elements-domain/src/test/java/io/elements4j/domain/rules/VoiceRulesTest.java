package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.tag.TagKind;
import io.elements4j.domain.voice.VoiceBinding;
import io.vavr.collection.HashSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kling binds a voice to any element; useapi only to characters; evolink and the request queue only to video
 * elements. A voice is extracted only from a reference video.
 */
class VoiceRulesTest {

    private static final VoiceBinding A_VOICE = VoiceBinding.existing("829824295735410756");
    private static final VoiceBinding A_CLIP = VoiceBinding.fromClip("https://cdn.example.com/voice.mp4");

    static Stream<Named<RuleProfile>> bindingOnlyToVideoElements() {
        return Stream.of(RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD).map(Vendors::named);
    }

    @Test
    void binds_a_voice_to_any_element_on_kling() {
        assertThat(codes(aPhotoDraft().withVoice(A_VOICE), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVoice(A_VOICE), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVoice(VoiceBinding.extractFromVideo()), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
    }

    @Test
    void makes_no_voice_from_a_clip_on_kling() {
        assertThat(codes(aVideoDraft().withVoice(A_CLIP), RuleProfiles.KLING_OFFICIAL))
                .containsExactly(RuleCodes.VOICE_BINDING_KIND);
    }

    @Test
    void binds_a_voice_only_to_a_character_on_useapi() {
        assertThat(codes(aPhotoDraft().withVoice(A_VOICE), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.VOICE_REQUIRES_CHARACTER_TAG);
        assertThat(codes(aVideoDraft().withVoice(A_CLIP).taggedAs(TagKind.ANIMAL), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.VOICE_REQUIRES_CHARACTER_TAG);
        assertThat(codes(aPhotoDraft().withVoice(A_VOICE).taggedAs(TagKind.CHARACTER), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(aPhotoDraft().withVoice(A_CLIP).taggedAs(TagKind.CHARACTER), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(
                        aVideoDraft().withVoice(VoiceBinding.extractFromVideo()).taggedAs(TagKind.CHARACTER),
                        RuleProfiles.USEAPI))
                .isEmpty();
    }

    @Test
    void needs_a_clip_url_useapi_can_fetch() {
        assertThat(violations(
                        aPhotoDraft()
                                .withVoice(VoiceBinding.fromClip("voice.mp4"))
                                .taggedAs(TagKind.CHARACTER)
                                .build(),
                        RuleProfiles.USEAPI))
                .containsExactly(RuleViolation.of(
                        "voice",
                        RuleCodes.VOICE_CLIP_URL_INVALID,
                        "voice clip URL \"voice.mp4\" is not an absolute http or https URL with a host;"
                                + " useapi must be able to fetch it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bindingOnlyToVideoElements")
    void binds_a_voice_only_to_a_video_element(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVoice(A_VOICE), vendor)).isEmpty();
        assertThat(codes(aPhotoDraft().withVoice(A_VOICE), vendor))
                .containsExactly(RuleCodes.VOICE_REQUIRES_VIDEO_ELEMENT);
    }

    @Test
    void says_which_elements_take_a_voice() {
        assertThat(violations(aPhotoDraft().withVoice(A_VOICE).build(), RuleProfiles.EVOLINK))
                .containsExactly(RuleViolation.of(
                        "voice",
                        RuleCodes.VOICE_REQUIRES_VIDEO_ELEMENT,
                        "voice is bound to a photo element; evolink binds voices only to video elements"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void extracts_a_voice_only_from_a_reference_video(RuleProfile vendor) {
        assertThat(codes(
                        aPhotoDraft().withVoice(VoiceBinding.extractFromVideo()).taggedAs(TagKind.CHARACTER), vendor))
                .filteredOn(code -> !code.startsWith("tags."))
                .containsExactly(RuleCodes.VOICE_EXTRACT_REQUIRES_VIDEO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void has_nothing_to_say_about_a_draft_without_a_voice(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withVoice(VoiceBinding.none()), vendor)).isEmpty();
        assertThat(codes(aVideoDraft().withVoice(VoiceBinding.none()), vendor)).isEmpty();
    }

    @Test
    void says_only_that_a_vendor_without_voices_takes_none() {
        RuleProfile mute = Profiles.withVoice(
                RuleProfiles.USEAPI,
                new RuleProfile.VoiceRules(HashSet.empty(), HashSet.of(ReferenceKind.VIDEO), true));
        assertThat(codes(aPhotoDraft().withVoice(VoiceBinding.fromClip("not a url")), mute))
                .containsExactly(RuleCodes.VOICE_UNSUPPORTED);
    }

    @Test
    void names_the_accepted_element_kinds_when_they_are_not_just_video() {
        RuleProfile photosOnly = Profiles.withVoice(
                RuleProfiles.KLING_OFFICIAL,
                new RuleProfile.VoiceRules(
                        HashSet.of(VoiceBindingKind.EXISTING), HashSet.of(ReferenceKind.IMAGE), false));
        assertThat(violations(aVideoDraft().withVoice(A_VOICE).build(), photosOnly))
                .containsExactly(RuleViolation.of(
                        "voice",
                        RuleCodes.VOICE_ELEMENT_KIND,
                        "voice is bound to a video element; kling-official binds voices only to photo elements"));
    }
}
