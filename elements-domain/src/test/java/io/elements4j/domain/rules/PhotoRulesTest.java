package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.Media.MB;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vendor takes jpg/png photos of at most 10 MB, at least 300 px a side, aspect 1:2.5 to 2.5:1. */
class PhotoRulesTest {

    private static MediaFacts photo(int width, int height) {
        return MediaFacts.unknown().withDimensions(width, height);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void accepts_a_photo_of_three_hundred_pixels_a_side(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(300, 300)), vendor))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_a_photo_with_a_side_of_two_hundred_and_ninety_nine_pixels(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(299, 400)), vendor))
                .containsExactly(RuleCodes.IMAGE_TOO_SMALL);
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(400, 299)), vendor))
                .containsExactly(RuleCodes.IMAGE_TOO_SMALL);
        assertThat(codes(
                        aPhotoDraft()
                                .withFrontalFacts(MediaFacts.unknown()
                                        .withDimensions(299, 0)
                                        .withFormat(MediaFormat.PNG)),
                        vendor))
                .containsExactly(RuleCodes.IMAGE_TOO_SMALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void accepts_a_photo_of_ten_megabytes(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontalFacts(MediaFacts.unknown().withSizeBytes(10 * MB)), vendor))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_a_photo_one_byte_over_ten_megabytes(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontalFacts(MediaFacts.unknown().withSizeBytes(10 * MB + 1)), vendor))
                .containsExactly(RuleCodes.IMAGE_TOO_LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void accepts_aspects_of_exactly_one_to_two_and_a_half_and_two_and_a_half_to_one(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(400, 1000)), vendor))
                .isEmpty();
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(1000, 400)), vendor))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_aspects_of_zero_point_three_nine_and_two_point_five_one(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(390, 1000)), vendor))
                .containsExactly(RuleCodes.IMAGE_ASPECT);
        assertThat(codes(aPhotoDraft().withFrontalFacts(photo(1004, 400)), vendor))
                .containsExactly(RuleCodes.IMAGE_ASPECT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void accepts_jpg_jpeg_and_png(RuleProfile vendor) {
        for (String file : new String[] {"front.jpg", "front.JPEG", "front.png", "front.png?sig=abc"}) {
            assertThat(codes(aPhotoDraft().withFrontal(Media.photo(file, Media.goodPhotoFacts())), vendor))
                    .as(file)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_webp_whether_named_by_the_url_or_by_a_fact(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontal(Media.photo("front.webp", Media.goodPhotoFacts())), vendor))
                .containsExactly(RuleCodes.IMAGE_FORMAT);
        assertThat(codes(
                        aPhotoDraft()
                                .withFrontal(Media.photo(
                                        "front", Media.goodPhotoFacts().withFormat(MediaFormat.WEBP))),
                        vendor))
                .containsExactly(RuleCodes.IMAGE_FORMAT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void checks_every_extra_photo_and_points_at_the_one_that_is_wrong(RuleProfile vendor) {
        MediaSource small = Media.photo("extra.png", photo(100, 100));
        assertThat(violations(aPhotoDraft().withExtras(Media.photo("a"), small).build(), vendor)
                        .map(RuleViolation::field))
                .containsExactly("references.extras[1]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void leaves_facts_that_are_not_known_to_the_vendor(RuleProfile vendor) {
        MediaSource unknown = MediaSource.url("https://cdn.example.com/elements/front");
        assertThat(codes(aPhotoDraft().withFrontal(unknown), vendor)).isEmpty();
    }

    @Test
    void says_what_the_photo_is_and_what_the_vendor_accepts() {
        MediaFacts facts = MediaFacts.unknown().withDimensions(299, 1000).withSizeBytes(10 * MB + 1);
        assertThat(violations(
                                aPhotoDraft()
                                        .withFrontal(Media.photo("front.webp", facts))
                                        .build(),
                                RuleProfiles.EVOLINK)
                        .map(RuleViolation::message))
                .containsExactly(
                        "frontal image is webp; evolink accepts jpeg or png",
                        "frontal image is 10485761 bytes; evolink allows at most 10485760 bytes (10 MB)",
                        "frontal image is 299x1000 px; evolink needs at least 300 px on each side",
                        "frontal image is 299x1000 px, aspect 0.299; evolink accepts width/height from 0.4 to 2.5");
    }

    @Test
    void a_vendor_without_photo_limits_takes_a_photo_of_any_size_edge_and_aspect() {
        RuleProfile unlimited = new RuleProfile(
                "unlimited",
                new RuleProfile.NameRule(Option.none()),
                new RuleProfile.DescriptionRule(false, Option.none()),
                Option.some(RuleProfile.ImageRules.unlimited(0, 3, HashSet.of(MediaFormat.JPEG, MediaFormat.PNG))),
                Option.none(),
                new RuleProfile.VoiceRules(HashSet.empty(), HashSet.empty(), false),
                new RuleProfile.TagRules(0),
                Option.none(),
                false);
        MediaFacts huge = MediaFacts.unknown().withSizeBytes(500 * MB).withDimensions(20, 2000);

        assertThat(codes(aPhotoDraft().withFrontalFacts(huge), unlimited)).isEmpty();
        assertThat(codes(aPhotoDraft().withFrontalFacts(huge), RuleProfiles.KLING_OFFICIAL))
                .containsExactlyInAnyOrder(
                        RuleCodes.IMAGE_TOO_LARGE, RuleCodes.IMAGE_TOO_SMALL, RuleCodes.IMAGE_ASPECT);
        assertThat(codes(aPhotoDraft().named("n".repeat(500)).describedAs("d".repeat(5000)), unlimited))
                .isEmpty();
    }
}
