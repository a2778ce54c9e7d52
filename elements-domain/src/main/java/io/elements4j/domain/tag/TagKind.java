package io.elements4j.domain.tag;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Locale;

/**
 * The element tag catalogue: each tag's {@code o_1xx} id and its display name. A vendor that knows a tag by a key of
 * its own translates it in its adapter.
 */
public enum TagKind {
    /** The vendor's most used elements (a listing filter, never set on create). */
    HOTTEST("o_101", "Hottest"),
    /** A person or character. */
    CHARACTER("o_102", "Character"),
    /** An animal. */
    ANIMAL("o_103", "Animal"),
    /** An object. */
    ITEM("o_104", "Item"),
    /** Clothing or a costume. */
    COSTUME("o_105", "Costume"),
    /** A place or scene. */
    SCENE("o_106", "Scene"),
    /** A visual effect. */
    EFFECT("o_107", "Effect"),
    /** Anything else. */
    OTHERS("o_108", "Others");

    private final String id;
    private final String displayName;

    TagKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * The catalogue id, e.g. {@code o_102}.
     *
     * @return the catalogue id, e.g. {@code o_102}
     */
    public String id() {
        return id;
    }

    /**
     * The display name.
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Every key this tag is known by in the catalogue (its id, its constant's name, its display name), for lenient
     * lookup.
     *
     * @return every key this tag is known by, for lenient lookup
     */
    public Seq<String> keys() {
        return List.of(id, name().toLowerCase(Locale.ROOT), displayName).distinct();
    }
}
