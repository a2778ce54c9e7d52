package io.elements4j.cli;

import io.elements4j.domain.media.MediaSource;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A {@code URL|FILE} argument: a URL is passed on for the vendor to fetch; a local file is read with
 * {@link MediaSource#file(Path)}, which learns from its headers what it really is (format, size, a photo's dimensions,
 * a video's duration and resolution), so the rules are checked before anything is sent — including whether the file
 * is what its name says and whether the vendor takes inline media at all.
 */
final class MediaArgument {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private MediaArgument() {
    }

    static MediaSource parse(String option, String value) {
        if (URL.matcher(value).matches()) {
            return MediaSource.url(value);
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw CliFailure.usage(option + " " + value + ": no such file; give an http or https URL (every provider takes both) or a readable file");
        }
        try {
            return MediaSource.file(file);
        } catch (UncheckedIOException e) {
            throw CliFailure.usage(option + " " + value + ": cannot read the file (" + e.getCause().getMessage() + ")");
        }
    }
}
