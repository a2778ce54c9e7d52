package io.elements4j.domain.element;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/** The media a stored element shows: its cover, further reference images, and its reference video, as URLs. */
public record ElementMedia(Option<String> cover, Seq<String> references, Option<String> video) {

    /**
     * Creates the value, checking every component.
     */
    public ElementMedia {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(video, "video");
    }

    /**
     * No media known.
     */
    public static ElementMedia none() {
        return new ElementMedia(Option.none(), List.empty(), Option.none());
    }

    /**
     * The media of an image element: a cover and the reference photos.
     *
     * @return the media
     */
    public static ElementMedia images(String cover, Seq<String> references) {
        return new ElementMedia(Option.of(cover), references, Option.none());
    }

    /**
     * The media of a video element: the video and a cover, if any.
     *
     * @return the media
     */
    public static ElementMedia video(String video, Option<String> cover) {
        return new ElementMedia(cover, List.empty(), Option.of(video));
    }
}
