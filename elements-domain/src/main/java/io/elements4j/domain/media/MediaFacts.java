package io.elements4j.domain.media;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * What is known about a piece of media before it is sent, so the rules can be checked locally.
 *
 * <p>Every fact is optional: a rule about an unknown fact is not checked (the vendor will check it). Three facts are
 * set only by whoever read a local file (the {@code elements-media} module's {@code LocalMedia}): what its content is
 * when it is no photo or video at all, why facts its format should give could not be read, and whether a video
 * container holds a video track. The rules refuse such a file rather than wave it through.
 *
 * @param format the container or image format
 * @param sizeBytes the size in bytes
 * @param width the width in pixels (of the stored frame, turned as displayed for a rotated video)
 * @param height the height in pixels (of the stored frame, turned as displayed for a rotated video)
 * @param duration the running time of a video
 * @param fileName the name of the local file the media was read from, whose extension says what it claims to be
 * @param videoTrack whether a video container holds a video track; {@code false} for an audio-only file
 * @param otherContent what a local file's content is when it is no photo or video the rules know, in words such as
 *     {@code "plain text"} or {@code "a PDF document"}
 * @param unreadable why facts that a local file's format should give could not be read, such as {@code "no movie
 *     box (moov): the file may be cut short"}
 */
public record MediaFacts(
        Option<MediaFormat> format,
        Option<Long> sizeBytes,
        Option<Integer> width,
        Option<Integer> height,
        Option<Duration> duration,
        Option<String> fileName,
        Option<Boolean> videoTrack,
        Option<String> otherContent,
        Option<String> unreadable) {

    /**
     * Checks that no fact is {@code null} (an unknown fact is {@link Option#none()}).
     *
     * @throws NullPointerException when any component is {@code null}
     * @param format the container or image format
     * @param sizeBytes the size in bytes
     * @param width the width in pixels
     * @param height the height in pixels
     * @param duration the running time of a video
     * @param fileName the name of the local file
     * @param videoTrack whether a video container holds a video track
     * @param otherContent what the content is when it is no photo or video
     * @param unreadable why facts the format should give could not be read
     */
    public MediaFacts {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(videoTrack, "videoTrack");
        Objects.requireNonNull(otherContent, "otherContent");
        Objects.requireNonNull(unreadable, "unreadable");
    }

    /**
     * Facts about media read from a named file, without what only a reader of local files learns.
     *
     * @param format the container or image format
     * @param sizeBytes the size in bytes
     * @param width the width in pixels
     * @param height the height in pixels
     * @param duration the running time of a video
     * @param fileName the name of the file, whose extension says what it claims to be
     */
    public MediaFacts(
            Option<MediaFormat> format,
            Option<Long> sizeBytes,
            Option<Integer> width,
            Option<Integer> height,
            Option<Duration> duration,
            Option<String> fileName) {
        this(format, sizeBytes, width, height, duration, fileName, Option.none(), Option.none(), Option.none());
    }

    /**
     * Facts about media that did not come from a named file.
     *
     * @param format the container or image format
     * @param sizeBytes the size in bytes
     * @param width the width in pixels
     * @param height the height in pixels
     * @param duration the running time of a video
     */
    public MediaFacts(
            Option<MediaFormat> format,
            Option<Long> sizeBytes,
            Option<Integer> width,
            Option<Integer> height,
            Option<Duration> duration) {
        this(format, sizeBytes, width, height, duration, Option.none());
    }

    /**
     * Facts about media of which nothing is known.
     *
     * @return facts with every fact unknown
     */
    public static MediaFacts unknown() {
        return UNKNOWN;
    }

    /** One instance: facts are values, and every rule asks each reference for its facts. */
    private static final MediaFacts UNKNOWN =
            new MediaFacts(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());

    /** Each format's facts with nothing else known: what a URL's name says, made once per format. */
    private static final MediaFacts[] FORMAT_ONLY = formatOnly();

    private static MediaFacts[] formatOnly() {
        MediaFacts[] facts = new MediaFacts[MediaFormat.values().length];
        for (MediaFormat format : MediaFormat.values()) {
            facts[format.ordinal()] = UNKNOWN.withFormat(format);
        }
        return facts;
    }

    /** The facts of media of this format and nothing else known (shared: facts are values). */
    static MediaFacts formatOnly(MediaFormat format) {
        return FORMAT_ONLY[format.ordinal()];
    }

    /**
     * These facts with the format known.
     *
     * @param value the format
     * @return a copy with {@code format} set
     */
    public MediaFacts withFormat(MediaFormat value) {
        return new MediaFacts(
                Option.of(value), sizeBytes, width, height, duration, fileName, videoTrack, otherContent, unreadable);
    }

    /**
     * These facts with the size known.
     *
     * @param value the size in bytes
     * @return a copy with {@code sizeBytes} set
     */
    public MediaFacts withSizeBytes(long value) {
        return new MediaFacts(
                format, Option.some(value), width, height, duration, fileName, videoTrack, otherContent, unreadable);
    }

    /**
     * These facts with the width and height known.
     *
     * @param newWidth the width in pixels
     * @param newHeight the height in pixels
     * @return a copy with {@code width} and {@code height} set
     */
    public MediaFacts withDimensions(int newWidth, int newHeight) {
        return new MediaFacts(
                format,
                sizeBytes,
                Option.some(newWidth),
                Option.some(newHeight),
                duration,
                fileName,
                videoTrack,
                otherContent,
                unreadable);
    }

    /**
     * These facts with the running time known.
     *
     * @param value the duration of the video
     * @return a copy with {@code duration} set
     */
    public MediaFacts withDuration(Duration value) {
        return new MediaFacts(
                format, sizeBytes, width, height, Option.of(value), fileName, videoTrack, otherContent, unreadable);
    }

    /**
     * These facts with the local file's name known; the rules compare what the name's extension claims with what
     * the content is (rule {@code media.format_mismatch}).
     *
     * @param value the file name, such as {@code front.jpg}
     * @return a copy with {@code fileName} set
     */
    public MediaFacts withFileName(String value) {
        return new MediaFacts(
                format, sizeBytes, width, height, duration, Option.of(value), videoTrack, otherContent, unreadable);
    }

    /**
     * These facts with whether the video container holds a video track known.
     *
     * @param value {@code true} when it holds one; {@code false} for a file of sound or text tracks only
     * @return a copy with {@code videoTrack} set
     */
    public MediaFacts withVideoTrack(boolean value) {
        return new MediaFacts(
                format, sizeBytes, width, height, duration, fileName, Option.some(value), otherContent, unreadable);
    }

    /**
     * These facts with what the content is when it is no photo or video the rules know; the rules refuse it on every
     * vendor (rule {@code media.format_unknown}).
     *
     * @param value the content in words, such as {@code "plain text"} or {@code "a PDF document"}
     * @return a copy with {@code otherContent} set
     */
    public MediaFacts withOtherContent(String value) {
        return new MediaFacts(
                format, sizeBytes, width, height, duration, fileName, videoTrack, Option.of(value), unreadable);
    }

    /**
     * These facts with the reason facts that the format should give could not be read; the rules refuse such a local
     * file (rule {@code media.unreadable}) rather than skip every rule about what is unknown.
     *
     * @param value what could not be read, and why, such as {@code "no movie box (moov): the file may be cut short"}
     * @return a copy with {@code unreadable} set
     */
    public MediaFacts withUnreadable(String value) {
        return new MediaFacts(
                format, sizeBytes, width, height, duration, fileName, videoTrack, otherContent, Option.of(value));
    }

    /**
     * Fills every fact this one lacks from {@code other}.
     *
     * @param other the facts to fall back on
     * @return these facts, completed from {@code other}
     */
    public MediaFacts orElse(MediaFacts other) {
        if (other == UNKNOWN) {
            return this;
        }
        if (this == UNKNOWN) {
            return other;
        }
        return new MediaFacts(
                format.orElse(other.format),
                sizeBytes.orElse(other.sizeBytes),
                width.orElse(other.width),
                height.orElse(other.height),
                duration.orElse(other.duration),
                fileName.orElse(other.fileName),
                videoTrack.orElse(other.videoTrack),
                otherContent.orElse(other.otherContent),
                unreadable.orElse(other.unreadable));
    }

    /**
     * Width divided by height, when both are known and positive.
     *
     * @return the aspect ratio, or none
     */
    public Option<Double> aspect() {
        return width.flatMap(w -> height.filter(h -> h > 0 && w > 0).map(h -> (double) w / h));
    }

    /**
     * The shorter of width and height, when both are known.
     *
     * @return the short edge in pixels, or none
     */
    public Option<Integer> shortEdge() {
        return width.flatMap(w -> height.map(h -> Math.min(w, h)));
    }
}
