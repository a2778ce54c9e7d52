package io.elements4j.domain.media;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * What is known about a piece of media before it is sent, so the rules can be checked locally.
 *
 * <p>Every fact is optional: a rule about an unknown fact is not checked (the vendor will check it).
 */
public record MediaFacts(
        Option<MediaFormat> format,
        Option<Long> sizeBytes,
        Option<Integer> width,
        Option<Integer> height,
        Option<Duration> duration) {

    public MediaFacts {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sizeBytes, "sizeBytes");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(duration, "duration");
    }

    public static MediaFacts unknown() {
        return new MediaFacts(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    }

    public MediaFacts withFormat(MediaFormat value) {
        return new MediaFacts(Option.of(value), sizeBytes, width, height, duration);
    }

    public MediaFacts withSizeBytes(long value) {
        return new MediaFacts(format, Option.some(value), width, height, duration);
    }

    public MediaFacts withDimensions(int newWidth, int newHeight) {
        return new MediaFacts(format, sizeBytes, Option.some(newWidth), Option.some(newHeight), duration);
    }

    public MediaFacts withDuration(Duration value) {
        return new MediaFacts(format, sizeBytes, width, height, Option.of(value));
    }

    /** Fills every fact this one lacks from {@code other}. */
    public MediaFacts orElse(MediaFacts other) {
        return new MediaFacts(format.orElse(other.format), sizeBytes.orElse(other.sizeBytes),
                width.orElse(other.width), height.orElse(other.height), duration.orElse(other.duration));
    }

    /** Width divided by height, when both are known and positive. */
    public Option<Double> aspect() {
        return width.flatMap(w -> height.filter(h -> h > 0 && w > 0).map(h -> (double) w / h));
    }

    /** The shorter of width and height, when both are known. */
    public Option<Integer> shortEdge() {
        return width.flatMap(w -> height.map(h -> Math.min(w, h)));
    }
}
