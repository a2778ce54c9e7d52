package io.elements4j.media;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaFormat;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads what media is from its content: the format its first bytes announce (the domain's {@link MediaFormat#sniff},
 * the same judgement the rules make of inline bytes), then that format's facts — still images through
 * metadata-extractor, MP4, QuickTime, HEIF and AVIF through {@link IsoMedia}. Content that is no photo or video is
 * described instead; facts that a format should give and do not come are named as unreadable. Reading never fails on
 * what the content holds: only a file that cannot be read at all is an {@link IOException}.
 */
final class MediaReader {

    /** The first bytes looked at to tell the format or describe other content. */
    private static final int HEAD_BYTES = 512;

    private MediaReader() {}

    static MediaFacts probe(Content content) throws IOException {
        long size = content.size();
        byte[] head = content.read(0, HEAD_BYTES);
        MediaFacts facts = MediaFacts.unknown().withSizeBytes(size);
        Option<MediaFormat> format =
                MediaFormat.sniff(Arrays.copyOf(head, Math.min(head.length, MediaFormat.SNIFF_BYTES)));
        if (format.isEmpty()) {
            return facts.withOtherContent(OtherContent.describe(head, size));
        }
        MediaFacts known = facts.withFormat(format.get());
        try {
            return switch (format.get()) {
                case JPEG, PNG, GIF, WEBP, BMP -> StillImages.read(content, format.get(), known);
                case HEIC, AVIF -> IsoMedia.stillImage(content, known);
                case MP4, MOV -> IsoMedia.video(content, known);
                // Formats no vendor takes are refused by their format; their facts are not read.
                case WEBM, MKV, AVI -> known;
            };
        } catch (Exception | StackOverflowError e) {
            return known.withUnreadable("its headers could not be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
