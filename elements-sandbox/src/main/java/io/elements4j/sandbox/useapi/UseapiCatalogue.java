package io.elements4j.sandbox.useapi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * What a useapi.net account sees from the start: the tag catalogue of {@code GET /elements/tags/} and the official
 * voices of {@code GET /elements/voices/}.
 *
 * <p>useapi's published tag list stops after {@code o_106}; the {@code tagKey} and name of {@code o_107} and
 * {@code o_108} here are the simulator's assumption (Kling's categories "Effect" and "Others").
 */
final class UseapiCatalogue {

    /** A tag as {@code GET /elements/tags/} lists it. */
    record SimTag(String id, String tagKey, String name) {}

    /** An official or custom voice. Official voices have small numeric ids. */
    record SimVoice(long id, String name, boolean official, Option<String> clipUrl) {}

    static final Seq<SimTag> TAGS = List.of(
            new SimTag("o_102", "character", "Characters"),
            new SimTag("o_103", "animal", "Animals"),
            new SimTag("o_104", "prop", "Items"),
            new SimTag("o_105", "costume", "Costumes"),
            new SimTag("o_106", "scene", "Scenes"),
            new SimTag("o_107", "effect", "Effects"),
            new SimTag("o_108", "others", "Others"));

    static final SimTag CHARACTER = TAGS.head();

    static final Seq<SimVoice> VOICES = List.of(
            new SimVoice(1, "Vivid Girl", true, Option.none()),
            new SimVoice(2, "Gentle Lady", true, Option.none()),
            new SimVoice(3, "Charming Uncle", true, Option.none()),
            new SimVoice(4, "Calm Narrator", true, Option.none()),
            new SimVoice(5, "Cheerful Boy", true, Option.none()));

    private UseapiCatalogue() {}

    /** A tag by its id or {@code tagKey}, as create and list accept it. */
    static Option<SimTag> tag(String idOrKey) {
        String wanted = idOrKey.trim().toLowerCase(Locale.ROOT);
        return TAGS.find(t -> t.id().equals(wanted) || t.tagKey().equals(wanted));
    }

    /** An official voice by its id or its name (case-insensitive), as create accepts it. */
    static Option<SimVoice> voice(String idOrName) {
        String wanted = idOrName.trim();
        return VOICES.find(v -> Long.toString(v.id()).equals(wanted) || v.name().equalsIgnoreCase(wanted));
    }
}
