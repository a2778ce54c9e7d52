package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Photos and videos go to a vendor as absolute http(s) URLs, or inline (Base64) where the vendor takes that: Kling. */
class MediaSourceRulesTest {

    private static final String[] NOT_FETCHABLE = {
        "",
        "   ",
        "front.jpg",
        "/elements/front.jpg",
        "cdn.example.com/front.jpg",
        "ftp://cdn.example.com/front.jpg",
        "file:///tmp/front.jpg",
        "https:///front.jpg",
        "https://",
        "https://cdn example.com/front.jpg",
        "mailto:someone@example.com",
        "https://cdn.example.com:99999/front.jpg"
    };

    static Stream<Named<RuleProfile>> takingOnlyUrls() {
        return Stream.of(RuleProfiles.USEAPI, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD)
                .map(Vendors::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void accepts_http_and_https_urls(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withFrontal(MediaSource.url("http://cdn.example.com/front.jpg")), vendor))
                .isEmpty();
        assertThat(codes(
                        aPhotoDraft().withFrontal(MediaSource.url("HTTPS://CDN.example.com:8443/a/front.png?x=1#y")),
                        vendor))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_a_photo_url_the_vendor_cannot_fetch(RuleProfile vendor) {
        for (String url : NOT_FETCHABLE) {
            assertThat(codes(aPhotoDraft().withFrontal(MediaSource.url(url)), vendor))
                    .as(url)
                    .containsExactly(RuleCodes.MEDIA_URL_INVALID);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_a_video_url_the_vendor_cannot_fetch(RuleProfile vendor) {
        assertThat(violations(
                        aVideoDraft().withVideo(MediaSource.url("clip.mp4")).build(), vendor))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.video", RuleCodes.MEDIA_URL_INVALID));
    }

    @Test
    void takes_photos_inline_on_kling() {
        MediaSource inline =
                MediaSource.inline(Media.jpegBytes(), MediaFacts.unknown().withDimensions(1024, 1024));
        assertThat(codes(aPhotoDraft().withFrontal(inline).withExtras(inline), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("takingOnlyUrls")
    void rejects_inline_media_everywhere_but_kling(RuleProfile vendor) {
        MediaSource inline = MediaSource.inline(Media.jpegBytes(), MediaFacts.unknown());
        assertThat(violations(aPhotoDraft().withFrontal(inline).build(), vendor))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.frontal", RuleCodes.MEDIA_INLINE_UNSUPPORTED));
        assertThat(codes(
                        aVideoDraft().withVideo(MediaSource.inline(new byte[] {1, 2, 3}, MediaFacts.unknown())),
                        vendor))
                .containsExactly(RuleCodes.MEDIA_INLINE_UNSUPPORTED);
    }

    @Test
    void sniffs_the_format_and_counts_the_size_of_inline_bytes() {
        MediaSource webp = MediaSource.inline(Media.webpBytes(), MediaFacts.unknown());
        assertThat(codes(aPhotoDraft().withFrontal(webp), RuleProfiles.KLING_OFFICIAL))
                .containsExactly(RuleCodes.IMAGE_FORMAT);

        byte[] big = Arrays.copyOf(Media.jpegBytes(), (int) (10 * Media.MB + 1));
        assertThat(codes(
                        aPhotoDraft().withFrontal(MediaSource.inline(big, MediaFacts.unknown())),
                        RuleProfiles.KLING_OFFICIAL))
                .containsExactly(RuleCodes.IMAGE_TOO_LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void never_copies_inline_bytes_or_a_data_uri_into_a_message(RuleProfile vendor) {
        byte[] bytes = Arrays.copyOf(Media.webpBytes(), 4096);
        Arrays.fill(bytes, 16, bytes.length, (byte) 'Q');
        String base64 = Base64.getEncoder().encodeToString(bytes);
        MediaSource dataUri = MediaSource.url("data:image/webp;base64," + base64);
        MediaSource inline = MediaSource.inline(bytes, MediaFacts.unknown());

        assertThat(violations(
                        aPhotoDraft().withFrontal(dataUri).withExtras(inline).build(), vendor))
                .isNotEmpty()
                .allSatisfy(violation -> {
                    assertThat(violation.message())
                            .doesNotContain(base64.substring(0, 40))
                            .doesNotContain("QQQQ");
                    assertThat(violation.message().length()).isLessThan(300);
                });
    }

    @Test
    void names_a_data_uri_only_by_its_length() {
        assertThat(violations(
                                aPhotoDraft()
                                        .withFrontal(MediaSource.url("data:image/png;base64,iVBORw0KGgo="))
                                        .build(),
                                RuleProfiles.GMI_CLOUD)
                        .map(RuleViolation::message))
                .containsExactly("frontal image URL (a data: URI of 34 characters) is not an absolute http or https URL"
                        + " with a host; gmi-cloud must be able to fetch it");
    }

    @Test
    void names_the_url_without_its_query_which_may_hold_a_signature() {
        assertThat(violations(
                                aPhotoDraft()
                                        .withFrontal(MediaSource.url("//cdn.example.com/front.jpg?token=s3cr3t"))
                                        .build(),
                                RuleProfiles.USEAPI)
                        .map(RuleViolation::message))
                .containsExactly(
                        "frontal image URL \"//cdn.example.com/front.jpg…\" is not an absolute http or https URL"
                                + " with a host; useapi must be able to fetch it");
    }
}
