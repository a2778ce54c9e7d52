package io.elements4j.domain.media;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A photo or video to send: a URL the vendor fetches, or bytes sent inline (Base64 on the wire, where the vendor
 * accepts it). Either carries the {@link MediaFacts} known about it.
 */
public sealed interface MediaSource {

    MediaFacts facts();

    /** A URL; the format is taken from the path's extension unless a fact says otherwise. */
    static MediaSource url(String url) {
        return new Url(url, MediaFacts.unknown());
    }

    static MediaSource url(String url, MediaFacts facts) {
        return new Url(url, facts);
    }

    /** Inline bytes; the format is sniffed from the bytes and the size is counted unless facts say otherwise. */
    static MediaSource inline(byte[] bytes, MediaFacts facts) {
        return new Inline(bytes, facts);
    }

    /** The facts given, completed with what the source itself shows (extension, magic bytes, length). */
    MediaFacts effectiveFacts();

    record Url(String url, MediaFacts facts) implements MediaSource {
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

    /** Inline bytes. Equality is by content; {@code toString} shows only the length. */
    record Inline(byte[] bytes, MediaFacts facts) implements MediaSource {
        public Inline {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(facts, "facts");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public int length() {
            return bytes.length;
        }

        /** The bytes as plain Base64 with no {@code data:} prefix, as Kling expects. */
        public String base64() {
            return Base64.getEncoder().encodeToString(bytes);
        }

        @Override
        public MediaFacts effectiveFacts() {
            MediaFacts derived = MediaFormat.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, 16)))
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
