package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.DraftBuilder.aVideoDraft;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.elements4j.domain.media.MediaSource;
import io.elements4j.domain.media.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local files are judged by what they really are: their content, a photo's dimensions, a video's length and size. */
class LocalFileRulesTest {

    @TempDir
    Path dir;

    @Test
    void a_text_file_named_jpg_is_refused_as_not_what_its_name_says() throws IOException {
        MediaSource text = file("notimage.jpg", "hello, world!".getBytes(StandardCharsets.US_ASCII));
        assertThat(violations(aPhotoDraft().withFrontal(text).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.frontal", RuleCodes.MEDIA_FORMAT_MISMATCH));
        assertThat(violations(aPhotoDraft().withFrontal(text).build(), RuleProfiles.KLING_OFFICIAL).head().message())
                .contains("notimage.jpg", "named as jpeg", "13 bytes");
    }

    @Test
    void a_png_named_jpg_is_refused_and_the_message_says_what_it_is() throws IOException {
        MediaSource png = file("front.jpg", SampleFiles.png(1024, 1024));
        assertThat(violations(aPhotoDraft().withFrontal(png).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code, RuleViolation::message)
                .containsExactly(tuple(RuleCodes.MEDIA_FORMAT_MISMATCH, "frontal image file \"front.jpg\" is named as"
                        + " jpeg but its content is png; give a file that really is what its name says"));
    }

    @Test
    void real_photos_pass_and_their_real_dimensions_are_judged() throws IOException {
        MediaSource good = file("front.png", SampleFiles.png(1024, 768));
        assertThat(violations(aPhotoDraft().withFrontal(good).build(), RuleProfiles.KLING_OFFICIAL)).isEmpty();
        MediaSource small = file("small.jpg", SampleFiles.jpeg(200, 400, 10));
        assertThat(violations(aPhotoDraft().withFrontal(small).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code).containsExactly(RuleCodes.IMAGE_TOO_SMALL);
    }

    @Test
    void a_video_named_mov_that_is_an_mp4_passes_the_same_container() throws IOException {
        MediaSource video = file("clip.mov", SampleFiles.mp4(5_000, 1920, 1080));
        assertThat(violations(aVideoDraft().withVideo(video).build(), RuleProfiles.KLING_OFFICIAL)).isEmpty();
    }

    @Test
    void a_too_short_local_mp4_is_refused_by_its_real_duration() throws IOException {
        MediaSource video = file("short.mp4", SampleFiles.mp4(2_000, 1920, 1080));
        assertThat(violations(aVideoDraft().withVideo(video).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::field, RuleViolation::code, RuleViolation::message)
                .containsExactly(tuple("references.video", RuleCodes.VIDEO_TOO_SHORT,
                        "video is 2 s long; kling-official needs 3-8 s"));
    }

    @Test
    void a_720p_local_mp4_is_refused_by_its_real_resolution() throws IOException {
        MediaSource video = file("small.mp4", SampleFiles.mp4(5_000, 1280, 720));
        assertThat(violations(aVideoDraft().withVideo(video).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("references.video", RuleCodes.VIDEO_RESOLUTION));
    }

    @Test
    void a_photo_named_mp4_is_refused_as_a_video() throws IOException {
        MediaSource photo = file("clip.mp4", SampleFiles.jpeg(1920, 1080, 10));
        assertThat(violations(aVideoDraft().withVideo(photo).build(), RuleProfiles.KLING_OFFICIAL))
                .extracting(RuleViolation::code).contains(RuleCodes.MEDIA_FORMAT_MISMATCH);
    }

    @Test
    void bytes_without_a_file_name_are_not_held_to_one() {
        MediaSource bytes = MediaSource.inline("not checked".getBytes(StandardCharsets.US_ASCII),
                io.elements4j.domain.media.MediaFacts.unknown());
        assertThat(violations(aPhotoDraft().withFrontal(bytes).build(), RuleProfiles.KLING_OFFICIAL)).isEmpty();
    }

    private MediaSource file(String name, byte[] content) throws IOException {
        return MediaSource.file(Files.write(dir.resolve(name), content));
    }
}
