package io.elements4j.domain.tag;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Kling's element tag catalogue, with the keys each vendor knows a tag by.
 *
 * <p>Kling's own API, Evolink and the request queue use the {@code o_1xx} ids; useapi.net accepts the id or its
 * {@code tagKey} ({@code character}, {@code prop}, …). useapi's published list stops after {@code o_106}, so the
 * keys of Hottest, Effect and Others are not known and the id is used for them.
 */
public enum TagKind {
    /** The vendor's most used elements (a listing filter, never set on create). */
    HOTTEST("o_101", "Hottest", Option.none()),
    /** A person or character. */
    CHARACTER("o_102", "Character", Option.some("character")),
    /** An animal. */
    ANIMAL("o_103", "Animal", Option.some("animal")),
    /** An object. */
    ITEM("o_104", "Item", Option.some("prop")),
    /** Clothing or a costume. */
    COSTUME("o_105", "Costume", Option.some("costume")),
    /** A place or scene. */
    SCENE("o_106", "Scene", Option.some("scene")),
    /** A visual effect. */
    EFFECT("o_107", "Effect", Option.none()),
    /** Anything else. */
    OTHERS("o_108", "Others", Option.none());

    private final String klingId;
    private final String displayName;
    private final Option<String> useapiKey;

    TagKind(String klingId, String displayName, Option<String> useapiKey) {
        this.klingId = klingId;
        this.displayName = displayName;
        this.useapiKey = useapiKey;
    }

    /**
     * The id Kling, Evolink and the request queue use, e.g. {@code o_102}.
     *
     * @return the id Kling, Evolink and the request queue use, e.g
     */
    public String klingId() {
        return klingId;
    }

    /**
     * The display name.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * useapi.net's {@code tagKey}, where useapi documents one.
     *
     * @return useapi.net's {@code tagKey}, where useapi documents one
     */
    public Option<String> useapiKey() {
        return useapiKey;
    }

    /**
     * Every key this tag is known by on any vendor, for lenient lookup.
     *
     * @return every key this tag is known by on any vendor, for lenient lookup
     */
    public Seq<String> vendorKeys() {
        return List.of(klingId, name().toLowerCase(java.util.Locale.ROOT), displayName)
                .appendAll(useapiKey)
                .distinct();
    }
}
