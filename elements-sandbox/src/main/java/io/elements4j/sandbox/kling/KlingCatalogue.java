package io.elements4j.sandbox.kling;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/** What every Kling account sees: the tag catalogue, the official voices and the official (preset) elements. */
final class KlingCatalogue {

    /** Who owns the official library, in {@code owned_by}. */
    static final String OFFICIAL_OWNER = "kling";

    /** Tag id → (name, description), in Kling's order. */
    static final Map<String, Tuple2<String, String>> TAGS = LinkedHashMap.of(
            "o_101", Tuple.of("Hottest", "Popular elements"),
            "o_102", Tuple.of("Character", "People and humanoid characters"),
            "o_103", Tuple.of("Animal", "Animals and creatures"),
            "o_104", Tuple.of("Item", "Objects and props"),
            "o_105", Tuple.of("Costume", "Clothing and accessories"),
            "o_106", Tuple.of("Scene", "Places and backgrounds"),
            "o_107", Tuple.of("Effect", "Visual effects"),
            "o_108", Tuple.of("Others", "Everything else"));

    /** The official voices (ids as in Kling's and Evolink's examples). */
    static final Seq<KlingVoice> PRESET_VOICES = List.of(
            KlingVoice.official("829824295735410756", "Vivid Girl"),
            KlingVoice.official("850087542757535834", "Charming Uncle"),
            KlingVoice.official("850087542757535901", "Calm Narrator"));

    /** An official element: id above 2^53, name, description, tag. */
    record Preset(long id, String name, String description, String tagId) {}

    static final Seq<Preset> PRESET_ELEMENTS = List.of(
            new Preset(863121023120580601L, "Astronaut", "A classic white-suited astronaut", "o_102"),
            new Preset(863121023120580602L, "Corgi", "A cheerful corgi with a red collar", "o_103"),
            new Preset(863121023120580603L, "Neon Street", "A rainy neon-lit street at night", "o_106"),
            new Preset(863121023120580604L, "Golden Crown", "An ornate golden crown", "o_104"));

    private KlingCatalogue() {}
}
