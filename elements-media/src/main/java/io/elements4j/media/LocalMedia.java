package io.elements4j.media;

import io.elements4j.domain.media.MediaFacts;
import io.elements4j.domain.media.MediaSource;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Local photos and videos, read so that the rules judge what they really are before anything is sent: the format their
 * content announces (whatever the name says), their size, a photo's width and height, a video's running time, its
 * video track's size (turned as displayed) or that it has no video track.
 *
 * <p>Formats read: JPEG, PNG, GIF, WebP and BMP (through metadata-extractor); MP4 and QuickTime, fragmented or not,
 * with or without a {@code ftyp} box; HEIF and AVIF photos (still images, never video). WebM, Matroska and AVI are told
 * by their signature (every vendor refuses them by format) but not read. Content that is no photo or video (a text
 * file, a PDF) keeps what it is as a fact, and the rules refuse it on every vendor, naming it; a file of a known format
 * whose facts cannot be read (a movie cut short before its {@code moov}) is refused as unreadable, not waved through.
 *
 * <p>The size is checked first: a file too large to send inline (over {@link MediaSource#MAX_INLINE_BYTES}, 2 GiB) is
 * judged from its headers alone, read by position, and refused by the rules for its size. Any other file is read once,
 * into one buffer that the source then holds without a copy; its headers are read from that buffer.
 *
 * <pre>{@code
 * ElementDraft draft = ElementDraft.image("Maeva", LocalMedia.file(Path.of("maeva-front.jpg"))) ...
 * }</pre>
 */
public final class LocalMedia {

    private LocalMedia() {}

    /**
     * A local photo or video, sent inline, with every fact its content gives.
     *
     * @param file a readable regular file
     * @return the source; its name is kept, so a file whose content is not what its extension says breaks rule
     *     {@code media.format_mismatch}
     * @throws UncheckedIOException when the file is missing or cannot be read; {@link #read(Path)} answers that as a
     *     value
     */
    public static MediaSource file(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(problem(file, e).message(), e);
        }
    }

    /**
     * A local photo or video as {@link #file(Path)} reads it, or why the file cannot be read at all (missing, a
     * directory, not permitted, failing) as a value.
     *
     * @return the source, or the problem
     */
    public static Either<LocalFileProblem, MediaSource> read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return Either.right(load(file));
        } catch (IOException e) {
            return Either.left(problem(file, e));
        }
    }

    /**
     * Bytes read from somewhere else (an upload, a resource), judged like a local file of that name.
     *
     * @param bytes the content (copied)
     * @param fileName the name the content came with, such as {@code front.jpg}; its extension is compared with the
     *     content
     * @return the source, with every fact the content gives
     */
    public static MediaSource bytes(byte[] bytes, String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        try {
            return MediaSource.inline(
                    bytes, MediaReader.probe(Content.of(ByteBuffer.wrap(bytes))).withFileName(fileName));
        } catch (IOException e) {
            throw new IllegalStateException("bytes in memory cannot fail to be read", e);
        }
    }

    private static LocalFileProblem problem(Path file, IOException failure) {
        return failure instanceof NotAFile ? LocalFileProblem.notAFile(file) : LocalFileProblem.of(file, failure);
    }

    private static MediaSource load(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotAFile(file);
        }
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MediaSource.MAX_INLINE_BYTES) {
                MediaFacts facts = MediaReader.probe(Content.of(channel)).withFileName(fileName);
                return MediaSource.tooLargeToHold(size, facts);
            }
            ByteBuffer content = ByteBuffer.allocate((int) size);
            while (content.hasRemaining() && channel.read(content) >= 0) {
                // read to the size the file had when opened
            }
            content.flip();
            MediaFacts facts = MediaReader.probe(Content.of(content)).withFileName(fileName);
            return MediaSource.inline(content, facts);
        }
    }

    /** A path that names a directory or another non-regular file. */
    private static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotAFile(Path file) {
            super(file + " is not a regular file");
        }
    }
}
