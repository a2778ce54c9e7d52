package io.elements4j.domain.query;

import io.elements4j.domain.tag.Tag;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What to list: optionally only one tag, and whether to include elements marked deleted (Kling keeps them).
 */
public record ElementFilter(Option<Tag> tag, boolean includeDeleted) {

    public ElementFilter {
        Objects.requireNonNull(tag, "tag");
    }

    public static ElementFilter all() {
        return new ElementFilter(Option.none(), false);
    }

    public ElementFilter withTag(Tag value) {
        return new ElementFilter(Option.of(value), includeDeleted);
    }

    public ElementFilter includingDeleted() {
        return new ElementFilter(tag, true);
    }
}
