package io.elements4j.domain.media;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A photo or video to send: a URL the vendor fetches, or bytes sent inline (Base64 on the wire, where the vendor
 * accepts it). Either carries the {@link MediaFacts} known about it.
 *
 * <p>A local file is best given with {@link #file(Path)}: its headers are read so that the rules judge the real
 * file (its format, a photo's dimensions, a video's duration and resolution) before anything is sent.
 */
public sealed interface MediaSource {

    /**
     * The facts given when the source was made.
     *
     * @return the facts as given, without what the source itself shows
     */
    MediaFacts facts();

    /**
     * A URL; the format is taken from the path's extension unless a fact says otherwise.
     *
     * @param url the absolute http or https URL the vendor fetches
     * @return the source
     */
    static MediaSource url(String url) {
        return new Url(url, MediaFacts.unknown());
    }

    /**
     * A URL with facts known about what it points at.
     *
     * @param url the absolute http or https URL the vendor fetches
     * @param facts what is known about the media
     * @return the source
     */
    static MediaSource url(String url, MediaFacts facts) {
        return new Url(url, facts);
    }

    /**
     * Inline bytes; the format is sniffed from the bytes and the size is counted unless facts say otherwise.
     *
     * @param bytes the content (copied)
     * @param facts what is known about the content; facts given win over what the bytes show
     * @return the source
     */
    static MediaSource inline(byte[] bytes, MediaFacts facts) {
        return new Inline(bytes, facts);
    }

    /**
     * A local photo or video, sent inline. Its headers are read first, by position, without loading it: the format
     * its magic bytes announce (JPEG, PNG, GIF, WebP; MP4 or MOV by the {@code ftyp} box), a PNG's or JPEG's width
     * and height, an MP4's or MOV's duration ({@code mvhd} box) and displayed resolution (first video track's
     * {@code tkhd} box), and its size; then its content is read to be sent.
     *
     * <p>The file's name is kept: a file whose content is not what its extension says (a text file named
     * {@code .jpg}) breaks rule {@code media.format_mismatch}, and every other rule judges what the file really is.
     *
     * @param file a readable regular file
     * @return the source, with every fact its headers give
     * @throws UncheckedIOException when the file cannot be read
     */
    static MediaSource file(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path name = file.getFileName();
            MediaFacts facts = named(MediaHeaders.probe(file), name == null ? file.toString() : name.toString());
            return new Inline(Files.readAllBytes(file), facts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Bytes read from somewhere else (an upload, a resource), judged like a file of that name: the same headers as
     * {@link #file(Path)} are read from the bytes.
     *
     * @param bytes the content (copied)
     * @param fileName the name the content came with, such as {@code front.jpg}; its extension is compared with the
     *     content
     * @return the source, with every fact the headers give
     */
    static MediaSource fromBytes(byte[] bytes, String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        try {
            return new Inline(bytes, named(MediaHeaders.probe(MediaHeaders.of(bytes)), fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facts given, completed with what the source itself shows (extension, magic bytes, length).
     *
     * @return the facts the rules judge
     */
    MediaFacts effectiveFacts();

    /** The facts read from the content, with the name kept and, when the content's format is unknown, its claim. */
    private static MediaFacts named(MediaFacts probed, String fileName) {
        return probed.withFileName(fileName).orElse(MediaFormat.fromFileName(fileName)
                .map(MediaFacts.unknown()::withFormat).getOrElse(MediaFacts.unknown()));
    }

    /**
     * Media the vendor fetches from a URL.
     *
     * @param url the absolute http or https URL
     * @param facts what is known about the media
     */
    record Url(String url, MediaFacts facts) implements MediaSource {
        /**
         * Checks both are present.
         *
         * @throws NullPointerException when {@code url} or {@code facts} is {@code null}
         * @param facts the facts
         * @param url the url
         */
        public Url {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public MediaFacts effectiveFacts() {
            MediaFacts derived = MediaFormat.fromFileName(url).map(MediaFacts.unknown()::withFormat)
                    .getOrElse(MediaFacts.unknown());
            return facts.orElse(derived);
        }
    }

    /**
     * Inline bytes. Equality is by content; {@code toString} shows only the length.
     *
     * @param bytes the content
     * @param facts what is known about the content
     */
    record Inline(byte[] bytes, MediaFacts facts) implements MediaSource {
        /**
         * Checks both are present and copies the bytes.
         *
         * @throws NullPointerException when {@code bytes} or {@code facts} is {@code null}
         * @param bytes the bytes
         * @param facts the facts
         */
        public Inline {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(facts, "facts");
            bytes = bytes.clone();
        }

        /**
         * The content.
         *
         * @return a copy of the bytes
         */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /**
         * The size of the content.
         *
         * @return the number of bytes
         */
        public int length() {
            return bytes.length;
        }

        /**
         * The bytes as plain Base64 with no {@code data:} prefix, as vendors that take inline media expect.
         *
         * @return the Base64 text
         */
        public String base64() {
            return Base64.getEncoder().encodeToString(bytes);
        }

        /**
         * The format the content's first bytes announce (magic numbers), whatever the facts say.
         *
         * @return the sniffed format, or none when the content is not a recognised image or video
         */
        public Option<MediaFormat> contentFormat() {
            return MediaFormat.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, 16)));
        }

        @Override
        public MediaFacts effectiveFacts() {
            MediaFacts derived = contentFormat()
                    .map(MediaFacts.unknown()::withFormat).getOrElse(MediaFacts.unknown())
                    .withSizeBytes(bytes.length);
            return facts.orElse(derived);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Inline that && Arrays.equals(bytes, that.bytes) && facts.equals(that.facts);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + facts.hashCode();
        }

        @Override
        public String toString() {
            return "Inline[" + bytes.length + " bytes, " + facts + "]";
        }
    }
}
