package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Media.MB;
import static io.elements4j.domain.rules.Media.seconds;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kling-official, evolink and gmi-cloud take Kling's own rule: mp4/mov, 3-8 s, exactly 1080p, 16:9 or 9:16,
 * at most 200 MB. useapi takes an mp4 of at least 3 s (it trims to 8) with a short edge of at least 700 px.
 */
class VideoRulesTest {

    private static final String KLING_VIDEO_VENDORS = "io.elements4j.domain.rules.Vendors#withKlingVideoRules";
    private static final String ALL_VENDORS = "io.elements4j.domain.rules.Vendors#all";

    private static MediaFacts lasting(double secs) {
        return Media.goodVideoFacts().withDuration(seconds(secs));
    }

    private static MediaFacts sized(int width, int height) {
        return Media.goodVideoFacts().withDimensions(width, height);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_VENDORS)
    void rejects_a_video_shorter_than_three_seconds(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideoFacts(lasting(2.9)), vendor))
                .containsExactly(RuleCodes.VIDEO_TOO_SHORT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_VENDORS)
    void accepts_videos_of_three_and_eight_seconds(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideoFacts(lasting(3)), vendor)).isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(lasting(8)), vendor)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(KLING_VIDEO_VENDORS)
    void rejects_a_video_longer_than_eight_seconds(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideoFacts(lasting(8.1)), vendor)).containsExactly(RuleCodes.VIDEO_TOO_LONG);
    }

    @Test
    void lets_useapi_trim_a_long_video_itself() {
        assertThat(codes(aVideoDraft().withVideoFacts(lasting(8.1)), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(lasting(30)), RuleProfiles.USEAPI))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(KLING_VIDEO_VENDORS)
    void takes_exactly_1080p(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1920, 1080)), vendor))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1080, 1920)), vendor))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1280, 720)), vendor))
                .containsExactly(RuleCodes.VIDEO_RESOLUTION);
        assertThat(codes(aVideoDraft().withVideoFacts(sized(2560, 1440)), vendor))
                .containsExactly(RuleCodes.VIDEO_RESOLUTION);
    }

    @Test
    void takes_a_short_edge_of_at_least_seven_hundred_pixels_on_useapi() {
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1242, 699)), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.VIDEO_RESOLUTION);
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1244, 700)), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1280, 720)), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(sized(3840, 2160)), RuleProfiles.USEAPI))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(KLING_VIDEO_VENDORS)
    void takes_sixteen_by_nine_or_nine_by_sixteen_but_not_square(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1920, 1080)), vendor))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1080, 1920)), vendor))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1080, 1080)), vendor))
                .containsExactly(RuleCodes.VIDEO_ASPECT);
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1440, 1080)), vendor))
                .containsExactly(RuleCodes.VIDEO_ASPECT);
    }

    @Test
    void takes_any_aspect_on_useapi() {
        assertThat(codes(aVideoDraft().withVideoFacts(sized(1080, 1080)), RuleProfiles.USEAPI))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(KLING_VIDEO_VENDORS)
    void takes_at_most_two_hundred_megabytes(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideoFacts(Media.goodVideoFacts().withSizeBytes(200 * MB)), vendor))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(Media.goodVideoFacts().withSizeBytes(200 * MB + 1)), vendor))
                .containsExactly(RuleCodes.VIDEO_TOO_LARGE);
    }

    @Test
    void sets_no_size_limit_on_useapi() {
        assertThat(codes(
                        aVideoDraft().withVideoFacts(Media.goodVideoFacts().withSizeBytes(2048 * MB)),
                        RuleProfiles.USEAPI))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(KLING_VIDEO_VENDORS)
    void takes_mp4_and_mov(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideo(Media.video("clip.mp4", Media.goodVideoFacts())), vendor))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideo(Media.video("clip.mov", Media.goodVideoFacts())), vendor))
                .isEmpty();
    }

    @Test
    void takes_only_mp4_on_useapi() {
        assertThat(codes(aVideoDraft().withVideo(Media.video("clip.mp4", Media.goodVideoFacts())), RuleProfiles.USEAPI))
                .isEmpty();
        assertThat(codes(aVideoDraft().withVideo(Media.video("clip.mov", Media.goodVideoFacts())), RuleProfiles.USEAPI))
                .containsExactly(RuleCodes.VIDEO_FORMAT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(ALL_VENDORS)
    void rejects_webm(RuleProfile vendor) {
        assertThat(codes(aVideoDraft().withVideo(Media.video("clip.webm", Media.goodVideoFacts())), vendor))
                .containsExactly(RuleCodes.VIDEO_FORMAT);
        assertThat(codes(
                        aVideoDraft()
                                .withVideo(Media.video(
                                        "clip", Media.goodVideoFacts().withFormat(MediaFormat.WEBM))),
                        vendor))
                .containsExactly(RuleCodes.VIDEO_FORMAT);
    }

    @Test
    void says_how_long_the_video_is_and_what_the_vendor_needs() {
        assertThat(violations(aVideoDraft().withVideoFacts(lasting(2.9)).build(), RuleProfiles.KLING_OFFICIAL))
                .containsExactly(RuleViolation.of(
                        "references.video",
                        RuleCodes.VIDEO_TOO_SHORT,
                        "video is 2.9 s long; kling-official needs 3-8 s"));
        assertThat(violations(aVideoDraft().withVideoFacts(lasting(2.9)).build(), RuleProfiles.USEAPI)
                        .map(RuleViolation::message))
                .containsExactly("video is 2.9 s long; useapi needs at least 3 s");
    }

    @Test
    void says_what_the_video_is_and_what_the_vendor_accepts() {
        MediaFacts square720 = Media.goodVideoFacts().withDimensions(720, 720).withSizeBytes(200 * MB + 1);
        assertThat(violations(
                                aVideoDraft()
                                        .withVideo(Media.video("clip.webm", square720))
                                        .build(),
                                RuleProfiles.GMI_CLOUD)
                        .map(RuleViolation::message))
                .containsExactly(
                        "video is webm; gmi-cloud accepts mp4 or mov",
                        "video is 209715201 bytes; gmi-cloud allows at most 209715200 bytes (200 MB)",
                        "video is 720x720 px, short edge 720 px; gmi-cloud needs a short edge of exactly 1080 px",
                        "video is 720x720 px, aspect 1; gmi-cloud accepts 16:9 or 9:16");
    }

    @Test
    void a_vendor_without_a_shortest_length_or_resolution_takes_a_one_second_video_of_any_resolution() {
        RuleProfile.VideoRules any = new RuleProfile.VideoRules(
                Option.none(),
                Option.some(seconds(8)),
                HashSet.of(MediaFormat.MP4),
                Option.none(),
                Option.none(),
                Option.none(),
                List.empty());
        RuleProfile kling = RuleProfiles.KLING_OFFICIAL;
        RuleProfile lenient = new RuleProfile(
                "lenient",
                kling.name(),
                kling.description(),
                kling.images(),
                Option.some(any),
                kling.voice(),
                kling.tags(),
                kling.callbacks(),
                kling.inlineMedia());
        MediaFacts short240p = lasting(1).withDimensions(426, 240);

        assertThat(codes(aVideoDraft().withVideoFacts(short240p), lenient)).isEmpty();
        assertThat(codes(aVideoDraft().withVideoFacts(short240p), kling))
                .containsExactlyInAnyOrder(RuleCodes.VIDEO_TOO_SHORT, RuleCodes.VIDEO_RESOLUTION);
        assertThat(violations(aVideoDraft().withVideoFacts(lasting(9)).build(), lenient)
                        .map(RuleViolation::message))
                .containsExactly("video is 9 s long; lenient needs at most 8 s");
    }
}
