package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Local files are judged by what they really are: their content, and the facts a reader of local files found (or
 * could not find) in them. The facts here are the ones the {@code elements-media} reader gives; its own tests show it
 * reads them from real files.
 */
class LocalFileRulesTest {

    private static final byte[] TEXT = "hello, world!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_text_file_named_jpg_is_refused_as_not_what_its_name_says() {
        MediaSource text = file("notimage.jpg", TEXT, MediaFacts.unknown().withOtherContent("plain text"));
        assertThat(violations(aPhotoDraft().withFrontal(text).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.frontal", RuleCodes.MEDIA_FORMAT_MISMATCH));
        assertThat(violations(aPhotoDraft().withFrontal(text).build(), RuleProfiles.KLING_OFFICIAL)
                        .head()
                        .message())
                .contains("notimage.jpg", "named as jpeg", "13 bytes", "plain text");
    }

    @Test
    void a_text_file_with_a_name_of_its_own_is_refused_on_every_vendor_and_says_what_it_is() {
        MediaSource notes = file("notes.txt", TEXT, MediaFacts.unknown().withOtherContent("plain text"));
        assertThat(violations(aPhotoDraft().withFrontal(notes).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code, RuleViolation::message)
                .containsExactly(tuple(
                        RuleCodes.MEDIA_FORMAT_UNKNOWN,
                        "frontal image file \"notes.txt\" is plain"
                                + " text, not a photo or video; kling-official takes jpeg or png"));
        assertThat(violations(aPhotoDraft().withFrontal(notes).build(), RuleProfiles.USEAPI))
                .extracting(RuleViolation::code)
                .containsExactly(RuleCodes.MEDIA_INLINE_UNSUPPORTED, RuleCodes.MEDIA_FORMAT_UNKNOWN);
        assertThat(violations(aVideoDraft().withVideo(notes).build(), RuleProfiles.KLING_OFFICIAL)
                        .head()
                        .message())
                .endsWith("kling-official takes mp4 or mov");
    }

    @Test
    void a_png_named_jpg_is_refused_and_the_message_says_what_it_is() {
        MediaSource png = file("front.jpg", pngHead(), MediaFacts.unknown().withDimensions(1024, 1024));
        assertThat(violations(aPhotoDraft().withFrontal(png).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code, RuleViolation::message)
                .containsExactly(tuple(
                        RuleCodes.MEDIA_FORMAT_MISMATCH,
                        "frontal image file \"front.jpg\" is named as"
                                + " jpeg but its content is png; give a file that really is what its name says"));
    }

    @Test
    void a_heic_photo_named_mp4_is_refused_as_a_video_and_passes_for_its_sibling_avif() {
        MediaSource photo = file("clip.mp4", ftyp("heic"), MediaFacts.unknown().withDimensions(4032, 3024));
        assertThat(violations(aVideoDraft().withVideo(photo).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code)
                .contains(RuleCodes.MEDIA_FORMAT_MISMATCH);
        MediaSource sibling =
                file("front.avif", ftyp("heic"), MediaFacts.unknown().withDimensions(1024, 1024));
        assertThat(violations(aPhotoDraft().withFrontal(sibling).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code)
                .containsExactly(RuleCodes.IMAGE_FORMAT);
    }

    @Test
    void a_video_named_mov_that_is_an_mp4_passes_the_same_container() {
        MediaSource video = file("clip.mov", ftyp("isom"), goodVideo());
        assertThat(violations(aVideoDraft().withVideo(video).build(), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
    }

    @Test
    void a_sound_only_file_is_no_video_element() {
        MediaSource song = file(
                "song.mp4",
                ftyp("M4A "),
                MediaFacts.unknown().withDuration(Duration.ofSeconds(5)).withVideoTrack(false));
        assertThat(violations(aVideoDraft().withVideo(song).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code, RuleViolation::message)
                .containsExactly(tuple(
                        RuleCodes.VIDEO_NO_VIDEO_TRACK,
                        "video file \"song.mp4\" holds no video track"
                                + " (sound or text only); kling-official builds a video element from moving pictures"));
    }

    @Test
    void a_local_file_whose_facts_cannot_be_read_is_refused_rather_than_waved_through() {
        MediaSource cut = file(
                "cut.mov",
                ftyp("qt  "),
                MediaFacts.unknown().withUnreadable("no movie box (moov): the file may be cut short"));
        assertThat(violations(aVideoDraft().withVideo(cut).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code, RuleViolation::message)
                .containsExactly(tuple(
                        RuleCodes.MEDIA_UNREADABLE,
                        "video file \"cut.mov\" is mov but cannot be judged:"
                                + " no movie box (moov): the file may be cut short; give a complete, undamaged file"));
    }

    @Test
    void content_too_large_to_hold_is_refused_for_its_size_on_every_vendor_and_never_read() {
        long threeGigabytes = 3L * 1024 * 1024 * 1024;
        MediaSource huge = MediaSource.tooLargeToHold(
                threeGigabytes,
                goodVideo().withFileName("long.mp4").withFormat(MediaFormat.MP4).withSizeBytes(threeGigabytes));
        assertThat(violations(aVideoDraft().withVideo(huge).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code)
                .containsExactly(RuleCodes.MEDIA_INLINE_TOO_LARGE, RuleCodes.VIDEO_TOO_LARGE);
        assertThatThrownBy(((MediaSource.Inline) huge)::base64)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("media.inline.too_large");
        assertThatThrownBy(() -> MediaSource.tooLargeToHold(1024, MediaFacts.unknown()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_buffer_handed_over_is_kept_without_a_copy_and_read_only() {
        ByteBuffer content = ByteBuffer.wrap(pngHead());
        MediaSource.Inline inline = (MediaSource.Inline) MediaSource.inline(content, MediaFacts.unknown());
        assertThat(inline.contentFormat()).contains(MediaFormat.PNG);
        assertThat(inline.content().isReadOnly()).isTrue();
        assertThat(inline.length()).isEqualTo(pngHead().length);
        assertThat(inline).isEqualTo(MediaSource.inline(pngHead(), MediaFacts.unknown()));
    }

    @Test
    void bytes_without_a_file_name_are_not_held_to_one() {
        MediaSource bytes = MediaSource.inline("not checked".getBytes(StandardCharsets.US_ASCII), MediaFacts.unknown());
        assertThat(violations(aPhotoDraft().withFrontal(bytes).build(), RuleProfiles.KLING_OFFICIAL))
                .isEmpty();
    }

    private static MediaFacts goodVideo() {
        return MediaFacts.unknown()
                .withDimensions(1920, 1080)
                .withDuration(Duration.ofSeconds(5))
                .withVideoTrack(true);
    }

    /** Inline content as a reader of a local file named {@code name} hands it over. */
    private static MediaSource file(String name, byte[] content, MediaFacts facts) {
        return MediaSource.inline(content, facts.withFileName(name));
    }

    private static byte[] pngHead() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static byte[] ftyp(String brand) {
        return ByteBuffer.allocate(24)
                .putInt(24)
                .put(ascii("ftyp"))
                .put(ascii(brand))
                .putInt(0)
                .put(ascii(brand))
                .put(ascii("mp42"))
                .array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
