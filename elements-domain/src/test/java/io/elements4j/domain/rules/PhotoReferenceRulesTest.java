package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How many extra photos each vendor takes besides the frontal one, and useapi's generated views. */
class PhotoReferenceRulesTest {

    static Stream<Named<RuleProfile>> withoutGeneratedViews() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD)
                .map(Vendors::named);
    }

    /** Vendor, number of extras, the codes expected. */
    static Stream<Arguments> extrasAtTheBoundaries() {
        return Stream.of(
                arguments(
                        Vendors.named(RuleProfiles.KLING_OFFICIAL), 0, new String[] {RuleCodes.REFERENCES_EXTRAS_TOO_FEW
                        }),
                arguments(Vendors.named(RuleProfiles.KLING_OFFICIAL), 1, new String[0]),
                arguments(Vendors.named(RuleProfiles.KLING_OFFICIAL), 3, new String[0]),
                arguments(Vendors.named(RuleProfiles.KLING_OFFICIAL), 4, new String[] {
                    RuleCodes.REFERENCES_EXTRAS_TOO_MANY
                }),
                arguments(Vendors.named(RuleProfiles.USEAPI), 0, new String[0]),
                arguments(Vendors.named(RuleProfiles.USEAPI), 1, new String[0]),
                arguments(Vendors.named(RuleProfiles.USEAPI), 3, new String[0]),
                arguments(Vendors.named(RuleProfiles.USEAPI), 4, new String[] {RuleCodes.REFERENCES_EXTRAS_TOO_MANY}),
                arguments(Vendors.named(RuleProfiles.EVOLINK), 0, new String[] {RuleCodes.REFERENCES_EXTRAS_TOO_FEW}),
                arguments(Vendors.named(RuleProfiles.EVOLINK), 1, new String[0]),
                arguments(Vendors.named(RuleProfiles.EVOLINK), 3, new String[0]),
                arguments(Vendors.named(RuleProfiles.EVOLINK), 4, new String[] {RuleCodes.REFERENCES_EXTRAS_TOO_MANY}),
                arguments(Vendors.named(RuleProfiles.GMI_CLOUD), 0, new String[] {RuleCodes.REFERENCES_EXTRAS_TOO_FEW}),
                arguments(Vendors.named(RuleProfiles.GMI_CLOUD), 1, new String[0]),
                arguments(Vendors.named(RuleProfiles.GMI_CLOUD), 3, new String[0]),
                arguments(
                        Vendors.named(RuleProfiles.GMI_CLOUD), 4, new String[] {RuleCodes.REFERENCES_EXTRAS_TOO_MANY}));
    }

    @ParameterizedTest(name = "{0} with {1} extras")
    @MethodSource("extrasAtTheBoundaries")
    void takes_one_to_three_extra_photos_and_useapi_also_none(RuleProfile vendor, int extras, String[] expected) {
        assertThat(codes(aPhotoDraft().withExtras(extras), vendor)).containsExactly(expected);
    }

    @Test
    void says_how_many_extras_there_are_and_how_many_the_vendor_needs() {
        assertThat(violations(aPhotoDraft().withExtras(0).build(), RuleProfiles.KLING_OFFICIAL))
                .containsExactly(RuleViolation.of(
                        "references.extras",
                        RuleCodes.REFERENCES_EXTRAS_TOO_FEW,
                        "there are 0 extra images besides the frontal one; kling-official needs 1-3"));
        assertThat(violations(aPhotoDraft().withExtras(4).build(), RuleProfiles.USEAPI)
                        .map(RuleViolation::message))
                .containsExactly("there are 4 extra images besides the frontal one; useapi allows at most 3");
    }

    @Test
    void lets_useapi_generate_the_views_of_a_lone_frontal_photo() {
        assertThat(codes(aPhotoDraft().withExtras(0).generatingViews(), RuleProfiles.USEAPI))
                .isEmpty();
    }

    @Test
    void rejects_generated_views_together_with_extra_photos_on_useapi() {
        assertThat(codes(aPhotoDraft().withExtras(1).generatingViews(), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.GENERATE_VIEWS_WITH_EXTRAS);
        assertThat(codes(aPhotoDraft().withExtras(4).generatingViews(), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.GENERATE_VIEWS_WITH_EXTRAS);
    }

    @Test
    void rejects_generated_views_for_a_video_element() {
        assertThat(violations(aVideoDraft().generatingViews().build(), RuleProfiles.USEAPI))
                .containsExactly(RuleViolation.of(
                        "generateViews",
                        RuleCodes.GENERATE_VIEWS_VIDEO,
                        "generateViews applies to photo elements only; this draft is a video element"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutGeneratedViews")
    void rejects_generated_views_on_every_vendor_but_useapi(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withExtras(1).generatingViews(), vendor))
                .containsExactly(RuleCodes.GENERATE_VIEWS_UNSUPPORTED);
        assertThat(codes(aVideoDraft().generatingViews(), vendor))
                .containsExactly(RuleCodes.GENERATE_VIEWS_UNSUPPORTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutGeneratedViews")
    void still_needs_extra_photos_when_generated_views_are_asked_of_a_vendor_without_them(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withExtras(0).generatingViews(), vendor))
                .containsExactlyInAnyOrder(RuleCodes.GENERATE_VIEWS_UNSUPPORTED, RuleCodes.REFERENCES_EXTRAS_TOO_FEW);
    }
}
