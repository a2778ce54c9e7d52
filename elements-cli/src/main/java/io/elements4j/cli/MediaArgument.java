package io.elements4j.cli;

import io.elements4j.domain.media.MediaSource;
import io.elements4j.media.LocalMedia;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A {@code URL|FILE} argument: a URL is passed on for the vendor to fetch; a local file is read with
 * {@link LocalMedia#read(Path)}, which learns from its content what it really is (format, size, a photo's dimensions,
 * a video's duration, resolution and video track), so the rules are checked before anything is sent — including
 * whether the file is what its name says, whether it is a photo or video at all, and whether the vendor takes inline
 * media. A file too large to send (over 2 GiB) is refused by the rules for its size without being read.
 */
final class MediaArgument {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private MediaArgument() {}

    static MediaSource parse(String option, String value) {
        if (URL.matcher(value).matches()) {
            return MediaSource.url(value);
        }
        return LocalMedia.read(Path.of(value))
                .getOrElseThrow(problem -> CliFailure.usage(option + " " + problem.message()
                        + "; give an http or https URL (every provider takes both) or a readable file"));
    }
}
