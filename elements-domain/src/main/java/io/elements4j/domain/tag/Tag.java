package io.elements4j.domain.tag;

import java.util.Objects;

/**
 * A tag on an element: one of the element catalogue's, or a tag a vendor sent that the catalogue does not know.
 *
 * <p>An unknown tag keeps the vendor's raw id and name, so nothing a vendor says is lost or turned into an error.
 */
public sealed interface Tag {

    /**
     * The id to show or send back to the vendor that produced it.
     *
     * @return the id to show or send back to the vendor that produced it
     */
    String id();

    /**
     * The name.
     */
    String name();

    /**
     * The tag of the given parts.
     *
     * @return the tag of the given parts
     */
    static Tag of(TagKind kind) {
        return new Known(kind);
    }

    /** A tag from the element catalogue. */
    record Known(TagKind kind) implements Tag {
        /**
         * Creates the value, checking every component.
         */
        public Known {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String id() {
            return kind.id();
        }

        @Override
        public String name() {
            return kind.displayName();
        }
    }

    /** A tag the catalogue does not know, exactly as the vendor sent it. */
    record Unrecognised(String rawId, String rawName) implements Tag {
        /**
         * Creates the value, checking every component.
         */
        public Unrecognised {
            Objects.requireNonNull(rawId, "rawId");
            Objects.requireNonNull(rawName, "rawName");
        }

        @Override
        public String id() {
            return rawId;
        }

        @Override
        public String name() {
            return rawName;
        }
    }
}
