package io.elements4j.domain.tag;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The element tag catalogue, and lenient resolution of whatever key a vendor uses for a tag. */
public final class TagCatalogue {

    /** Every normalised vendor key → its tag, built once: lookups sit on the hot path of mapping every listed element. */
    private static final Map<String, TagKind> BY_KEY = byKey();

    /**
     * The keys of {@link #BY_KEY} that {@link #normalise} leaves as they are, so that finding one as given answers
     * exactly what normalising it first would.
     */
    private static final Map<String, TagKind> AS_GIVEN = asGiven();

    /** {@code Tag.of(kind)} for every kind, by ordinal: a tag is a value, so one instance per kind serves all. */
    private static final Tag[] KNOWN = List.of(TagKind.values()).map(Tag::of).toJavaArray(Tag[]::new);

    private TagCatalogue() {}

    /**
     * Every catalogue tag in catalogue order (o_101 … o_108).
     *
     * @return every catalogue tag in catalogue order (o_101 … o_108)
     */
    public static Seq<Tag> all() {
        return List.of(TagKind.values()).map(Tag::of);
    }

    /**
     * The catalogue tag known by this key on any vendor ({@code o_102}, {@code character}, {@code Characters}).
     *
     * @return the catalogue tag known by this key on any vendor ({@code o_102}, {@code character}, {@code Characters})
     */
    public static Option<TagKind> lookup(String key) {
        if (key == null || key.isBlank()) {
            return Option.none();
        }
        return Option.of(BY_KEY.get(normalise(key)));
    }

    /**
     * Resolves a vendor's tag: the catalogue entry when any of the given keys names one (the id first, then the
     * other keys, then the name), otherwise an {@link Tag.Unrecognised} that keeps the raw id and name. Never fails.
     */
    public static Tag resolve(String rawId, String rawName, String... otherKeys) {
        String id = rawId == null ? "" : rawId;
        String name = rawName == null ? "" : rawName;
        // called for every tag of every listed element: plain lookups, one shared tag per kind
        TagKind kind = kindOf(id);
        for (int i = 0; kind == null && i < otherKeys.length; i++) {
            kind = kindOf(otherKeys[i]);
        }
        if (kind == null) {
            kind = kindOf(name);
        }
        return kind != null
                ? KNOWN[kind.ordinal()]
                : new Tag.Unrecognised(id.isEmpty() ? name : id, name.isEmpty() ? id : name);
    }

    private static TagKind kindOf(String key) {
        if (key == null) {
            return null;
        }
        // a vendor's tag id usually arrives as the catalogue writes it: found without a lower-cased copy
        TagKind asGiven = AS_GIVEN.get(key);
        return asGiven != null || key.isBlank() ? asGiven : BY_KEY.get(normalise(key));
    }

    private static Map<String, TagKind> asGiven() {
        Map<String, TagKind> keys = new HashMap<>();
        BY_KEY.forEach((key, kind) -> {
            if (normalise(key).equals(key)) {
                keys.put(key, kind);
            }
        });
        return Map.copyOf(keys);
    }

    private static Map<String, TagKind> byKey() {
        Map<String, TagKind> keys = new HashMap<>();
        for (TagKind kind : TagKind.values()) {
            kind.keys().forEach(key -> keys.putIfAbsent(normalise(key), kind)); // the first kind keeps a shared key
        }
        return Map.copyOf(keys);
    }

    private static String normalise(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        // some vendors' display names are plural ("Characters", "Items"); the catalogue's are singular.
        return lower.endsWith("s") && lower.length() > 3 && !lower.equals("others")
                ? lower.substring(0, lower.length() - 1)
                : lower;
    }
}
