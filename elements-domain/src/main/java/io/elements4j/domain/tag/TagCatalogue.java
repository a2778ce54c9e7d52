package io.elements4j.domain.tag;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;

/** Kling's tag catalogue, and lenient resolution of whatever key a vendor uses for a tag. */
public final class TagCatalogue {

    /** Every normalised vendor key → its tag, built once: lookups sit on the hot path of mapping every listed element. */
    private static final io.vavr.collection.Map<String, TagKind> BY_KEY = List.of(TagKind.values())
            .flatMap(kind -> kind.vendorKeys().map(key -> io.vavr.Tuple.of(normalise(key), kind)))
            .foldLeft(io.vavr.collection.LinkedHashMap.<String, TagKind>empty(),
                    (keys, entry) -> keys.containsKey(entry._1) ? keys : keys.put(entry)); // the first kind keeps a shared key

    private TagCatalogue() {
    }

    /** Every catalogue tag in Kling's order (o_101 … o_108). */
    public static Seq<Tag> all() {
        return List.of(TagKind.values()).map(Tag::of);
    }

    /** The catalogue tag known by this key on any vendor ({@code o_102}, {@code character}, {@code Characters}). */
    public static Option<TagKind> lookup(String key) {
        if (key == null || key.isBlank()) {
            return Option.none();
        }
        return BY_KEY.get(normalise(key));
    }

    /**
     * Resolves a vendor's tag: the catalogue entry when any of the given keys names one, otherwise an
     * {@link Tag.Unrecognised} that keeps the raw id and name. Never fails.
     */
    public static Tag resolve(String rawId, String rawName, String... otherKeys) {
        String id = rawId == null ? "" : rawId;
        String name = rawName == null ? "" : rawName;
        return lookup(id)
                .orElse(() -> List.of(otherKeys).map(TagCatalogue::lookup).find(Option::isDefined).flatMap(o -> o))
                .orElse(() -> lookup(name))
                .<Tag>map(Tag::of)
                .getOrElse(() -> new Tag.Unrecognised(id.isEmpty() ? name : id, name.isEmpty() ? id : name));
    }

    private static String normalise(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        // useapi's display names are plural ("Characters", "Items"); Kling's are singular.
        return lower.endsWith("s") && lower.length() > 3 && !lower.equals("others") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
