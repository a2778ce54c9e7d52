package io.elements4j.domain.media;

import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A photo or video to send: a URL the vendor fetches, or bytes sent inline (Base64 on the wire, where the vendor
 * accepts it). Either carries the {@link MediaFacts} known about it.
 *
 * <p>A local file is best given with {@code LocalMedia.file(Path)} from the {@code elements-media} module (it comes
 * with {@code elements-ports}): its headers are read so that the rules judge the real file (its format, a photo's
 * dimensions, a video's duration, resolution and video track) before anything is sent, and its content is read once.
 */
public sealed interface MediaSource {

    /** The largest content sent inline: what one Java array holds, just under 2 GiB. */
    long MAX_INLINE_BYTES = Integer.MAX_VALUE - 8;

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
     * Inline content handed over without a copy: the buffer's remaining bytes are kept as they are, so a large file
     * read into a buffer is held once. Hand over a buffer that nothing writes to afterwards (one just filled from a
     * file, say); for an array you keep using, use {@link #inline(byte[], MediaFacts)}, which copies.
     *
     * @param content the content, from its position to its limit; not copied
     * @param facts what is known about the content; facts given win over what the bytes show
     * @return the source
     */
    static MediaSource inline(ByteBuffer content, MediaFacts facts) {
        return new Inline(Objects.requireNonNull(content, "content"), content.remaining(), facts);
    }

    /**
     * Inline media too large to hold in memory, known by its facts alone: the rules refuse it for its size (rule
     * {@code media.inline.too_large} on every vendor, and the vendor's own size limit) before anything is sent, so a
     * file of several gigabytes is judged without being read. Its bytes cannot be asked for.
     *
     * @param length the size in bytes, over {@link #MAX_INLINE_BYTES}
     * @param facts what is known about the content, such as what its headers say
     * @return the source
     * @throws IllegalArgumentException when the content is small enough to hold
     */
    static MediaSource tooLargeToHold(long length, MediaFacts facts) {
        if (length <= MAX_INLINE_BYTES) {
            throw new IllegalArgumentException("length " + length + " fits in memory; give the content inline");
        }
        return new Inline(null, length, facts);
    }

    /**
     * The facts given, completed with what the source itself shows (extension, magic bytes, length).
     *
     * @return the facts the rules judge
     */
    MediaFacts effectiveFacts();

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
         */
        public Url {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public MediaFacts effectiveFacts() {
            MediaFacts derived =
                    MediaFormat.fromFileName(url).map(MediaFacts::formatOnly).getOrElse(MediaFacts.unknown());
            return facts.orElse(derived);
        }
    }

    /**
     * Inline bytes, held once and never changed. Equality is by content; {@code toString} shows only the length.
     */
    final class Inline implements MediaSource {
        private final ByteBuffer content;
        private final long length;
        private final MediaFacts facts;

        private Inline(ByteBuffer content, long length, MediaFacts facts) {
            this.content = content == null ? null : content.slice().asReadOnlyBuffer();
            this.length = length;
            this.facts = Objects.requireNonNull(facts, "facts");
        }

        Inline(byte[] bytes, MediaFacts facts) {
            this(ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes").clone()), bytes.length, facts);
        }

        @Override
        public MediaFacts facts() {
            return facts;
        }

        /**
         * The content.
         *
         * @return a copy of the bytes
         * @throws IllegalStateException when the content was {@linkplain MediaSource#tooLargeToHold too large to
         *     hold}
         */
        public byte[] bytes() {
            ByteBuffer view = content();
            byte[] copy = new byte[view.remaining()];
            view.get(copy);
            return copy;
        }

        /**
         * The content without a copy, to stream into a request.
         *
         * @return a read-only view of the bytes, positioned at the start
         * @throws IllegalStateException when the content was {@linkplain MediaSource#tooLargeToHold too large to
         *     hold}
         */
        public ByteBuffer content() {
            if (content == null) {
                throw new IllegalStateException("the content (" + length + " bytes) is too large to send inline;"
                        + " rule media.inline.too_large refuses it");
            }
            return content.duplicate();
        }

        /**
         * Whether the bytes are held: false only for content {@linkplain MediaSource#tooLargeToHold too large to
         * hold}.
         *
         * @return whether {@link #bytes()} and {@link #content()} can be asked for
         */
        public boolean held() {
            return content != null;
        }

        /**
         * The size of the content.
         *
         * @return the number of bytes
         */
        public long length() {
            return length;
        }

        /**
         * The bytes as plain Base64 with no {@code data:} prefix, as vendors that take inline media expect.
         *
         * @return the Base64 text
         * @throws IllegalStateException when the content was {@linkplain MediaSource#tooLargeToHold too large to
         *     hold}
         */
        public String base64() {
            ByteBuffer encoded = Base64.getEncoder().encode(content());
            return new String(encoded.array(), encoded.arrayOffset(), encoded.remaining(), StandardCharsets.ISO_8859_1);
        }

        /**
         * The format the content's first bytes announce (magic numbers), whatever the facts say; for content too
         * large to hold, the format its reader found.
         *
         * @return the sniffed format, or none when the content is not a recognised image or video
         */
        public Option<MediaFormat> contentFormat() {
            if (content == null) {
                return facts.format();
            }
            ByteBuffer view = content();
            byte[] head = new byte[Math.min(view.remaining(), MediaFormat.SNIFF_BYTES)];
            view.get(head);
            return MediaFormat.sniff(head);
        }

        @Override
        public MediaFacts effectiveFacts() {
            MediaFacts derived = contentFormat()
                    .map(MediaFacts.unknown()::withFormat)
                    .getOrElse(MediaFacts.unknown())
                    .withSizeBytes(length);
            return facts.orElse(derived);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Inline that
                    && length == that.length
                    && Objects.equals(content, that.content)
                    && facts.equals(that.facts);
        }

        @Override
        public int hashCode() {
            return 31 * (content == null ? Long.hashCode(length) : content.hashCode()) + facts.hashCode();
        }

        @Override
        public String toString() {
            return "Inline[" + length + " bytes, " + facts + "]";
        }
    }
}
