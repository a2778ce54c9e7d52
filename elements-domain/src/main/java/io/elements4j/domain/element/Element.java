package io.elements4j.domain.element;

import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.voice.Voice;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored element as a vendor reports it.
 *
 * @param id          the vendor's id, exact
 * @param name        the name the vendor holds (a vendor may append a suffix to the name it was given)
 * @param description the description, empty when the vendor has none
 * @param kind        image or video element
 * @param tags        the tags in the vendor's order
 * @param voice       the bound voice, if any
 * @param media       cover, references and video URLs
 * @param origin      custom or official preset
 * @param status      active or deleted
 * @param createdAt   when it was created, if the vendor says
 * @param updatedAt   when it last changed, if the vendor says
 */
public record Element(
        ElementId id,
        String name,
        String description,
        ReferenceKind kind,
        Seq<Tag> tags,
        Option<Voice> voice,
        ElementMedia media,
        Origin origin,
        ElementStatus status,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /**
     * Creates the value, checking every component.
     */
    public Element {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A minimal active custom element: for vendors that report only an id and what the draft said.
     *
     * @return a minimal active custom element: for vendors that report only an id and what the draft said
     */
    public static Element of(ElementId id, String name, ReferenceKind kind) {
        return new Element(
                id,
                name,
                "",
                kind,
                List.empty(),
                Option.none(),
                ElementMedia.none(),
                Origin.CUSTOM,
                ElementStatus.ACTIVE,
                Option.none(),
                Option.none());
    }

    /**
     * A copy with this description; {@link #of} and the copies below build an element one named part at a time.
     *
     * @param value what the element shows
     * @return the copy
     */
    public Element withDescription(String value) {
        return new Element(id, name, value, kind, tags, voice, media, origin, status, createdAt, updatedAt);
    }

    /**
     * A copy with these tags.
     *
     * @param value the tags the vendor reports
     * @return the copy
     */
    public Element withTags(Seq<Tag> value) {
        return new Element(id, name, description, kind, value, voice, media, origin, status, createdAt, updatedAt);
    }

    /**
     * A copy with these media.
     *
     * @param value where the element's images or video can be fetched
     * @return the copy
     */
    public Element withMedia(ElementMedia value) {
        return new Element(id, name, description, kind, tags, voice, value, origin, status, createdAt, updatedAt);
    }

    /**
     * A copy created (and last updated) at these times, where the vendor says.
     *
     * @param created when the vendor made it
     * @param updated when the vendor last changed it
     * @return the copy
     */
    public Element withTimes(Option<Instant> created, Option<Instant> updated) {
        return new Element(id, name, description, kind, tags, voice, media, origin, status, created, updated);
    }

    /**
     * Whether this element is deleted.
     *
     * @return whether this element is deleted
     */
    public boolean isDeleted() {
        return status == ElementStatus.DELETED;
    }

    /**
     * A copy with the given status.
     *
     * @return a copy with the given status
     */
    public Element withStatus(ElementStatus newStatus) {
        return new Element(id, name, description, kind, tags, voice, media, origin, newStatus, createdAt, updatedAt);
    }
}
