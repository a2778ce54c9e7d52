package io.elements4j.cli;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.elements4j.domain.media.MediaSource;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A {@code URL|FILE} argument: a URL is passed on for the vendor to fetch; a local file is read into inline bytes,
 * with what can be learnt locally (size, the format its first bytes announce, a PNG's or JPEG's dimensions) so the rules
 * are checked before anything is sent — including whether the vendor takes inline media at all.
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
            throw CliFailure.usage(option + " " + value + ": no such file; give an https URL or a readable file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliFailure.usage(option + " " + value + ": cannot read the file (" + e.getMessage() + ")");
        }
        return MediaSource.inline(bytes, factsOf(bytes, file.getFileName().toString()));
    }

    static MediaFacts factsOf(byte[] bytes, String fileName) {
        MediaFacts facts = MediaFacts.unknown().withSizeBytes(bytes.length);
        Option<MediaFormat> format = MediaFormat.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, 16)))
                .orElse(() -> MediaFormat.fromFileName(fileName));
        if (format.isDefined()) {
            facts = facts.withFormat(format.get());
        }
        if (format.exists(MediaFormat::isImage)) {
            MediaFacts withFormat = facts;
            facts = ImageHeader.dimensions(bytes).map(d -> withFormat.withDimensions(d[0], d[1])).getOrElse(withFormat);
        }
        return facts;
    }
}
