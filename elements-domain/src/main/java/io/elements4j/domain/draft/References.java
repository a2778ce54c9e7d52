package io.elements4j.domain.draft;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.media.MediaSource;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/** What a new element is built from: a frontal photo and extra angles, or one reference video. */
public sealed interface References {

    /**
     * The kind.
     */
    ReferenceKind kind();

    /**
     * Reference photos: a frontal one and extras.
     *
     * @return the references
     */
    static References images(MediaSource frontal, MediaSource... extras) {
        return new ImageReferences(frontal, List.of(extras));
    }

    /**
     * One reference video.
     *
     * @return the reference
     */
    static References video(MediaSource video) {
        return new VideoReference(video);
    }

    /** A frontal (cover) photo and 0–3 further angles; how many extras are required depends on the vendor. */
    record ImageReferences(MediaSource frontal, Seq<MediaSource> extras) implements References {
        /**
         * Creates the value, checking every component.
         */
        public ImageReferences {
            Objects.requireNonNull(frontal, "frontal");
            Objects.requireNonNull(extras, "extras");
            extras = List.ofAll(extras);
        }

        @Override
        public ReferenceKind kind() {
            return ReferenceKind.IMAGE;
        }
    }

    /** One short reference video (3–8 s on most vendors). */
    record VideoReference(MediaSource video) implements References {
        /**
         * Creates the value, checking every component.
         */
        public VideoReference {
            Objects.requireNonNull(video, "video");
        }

        @Override
        public ReferenceKind kind() {
            return ReferenceKind.VIDEO;
        }
    }
}
