package io.elements4j.domain.query;

import io.elements4j.domain.tag.Tag;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What to list: optionally only one tag, and whether to include elements marked deleted (some vendors keep them).
 */
public record ElementFilter(Option<Tag> tag, boolean includeDeleted) {

    /**
     * Creates the value, checking every component.
     */
    public ElementFilter {
        Objects.requireNonNull(tag, "tag");
    }

    /**
     * The all.
     */
    public static ElementFilter all() {
        return new ElementFilter(Option.none(), false);
    }

    /**
     * A copy with the given tag.
     *
     * @param value the tag
     * @return a copy with the given tag
     */
    public ElementFilter withTag(Tag value) {
        return new ElementFilter(Option.of(value), includeDeleted);
    }

    /**
     * The including deleted.
     */
    public ElementFilter includingDeleted() {
        return new ElementFilter(tag, true);
    }
}
