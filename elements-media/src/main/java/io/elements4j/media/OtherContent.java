package io.elements4j.media;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What content that is no photo or video is, in words for a message: the file type metadata-extractor's detector
 * names (a PDF, a TIFF, a ZIP archive, an MP3...), plain text, an empty file, or data of no known format.
 */
final class OtherContent {

    private OtherContent() {}

    static String describe(byte[] head, long size) {
        if (size == 0) {
            return "an empty file";
        }
        FileType type = detect(head);
        if (type != FileType.Unknown) {
            return "a " + type.getName() + " file (" + type.getLongName() + ")";
        }
        return isText(head) ? "plain text" : "data of no known photo or video format";
    }

    private static FileType detect(byte[] head) {
        try {
            return FileTypeDetector.detectFileType(new ByteArrayInputStream(head));
        } catch (IOException | RuntimeException e) {
            return FileType.Unknown;
        }
    }

    /** UTF-8 with no control characters but tabs and line ends; a character cut at the end of the head is allowed. */
    private static boolean isText(byte[] head) {
        int end = head.length;
        while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && end < head.length && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end))
                    .toString();
            return text.chars()
                    .allMatch(c -> c >= 0x20 && c != 0x7F || c == '\t' || c == '\n' || c == '\r' || c == '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
