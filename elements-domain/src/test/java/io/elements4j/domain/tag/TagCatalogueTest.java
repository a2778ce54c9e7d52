package io.elements4j.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagCatalogueTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "o_102, CHARACTER",
        "character, CHARACTER",
        "Characters, CHARACTER",
        " CHARACTER , CHARACTER",
        "Items, ITEM",
        "o_104, ITEM",
        "scene, SCENE",
        "Others, OTHERS",
        "o_108, OTHERS",
        "Hottest, HOTTEST",
        "effect, EFFECT"
    })
    void finds_a_tag_by_its_id_constant_or_display_name(String key, TagKind expected) {
        assertThat(TagCatalogue.lookup(key)).contains(expected);
    }

    @Test
    void knows_nothing_of_keys_no_vendor_uses() {
        assertThat(TagCatalogue.lookup("o_199")).isEmpty();
        assertThat(TagCatalogue.lookup("")).isEmpty();
        assertThat(TagCatalogue.lookup(null)).isEmpty();
    }

    @Test
    void keeps_a_vendors_unknown_tag_as_it_came() {
        assertThat(TagCatalogue.resolve("o_199", "Vehicles")).isEqualTo(new Tag.Unrecognised("o_199", "Vehicles"));
    }

    @Test
    void resolves_a_known_tag_by_whichever_key_names_it() {
        assertThat(TagCatalogue.resolve("1", "Characters", "character")).isEqualTo(Tag.of(TagKind.CHARACTER));
    }

    @Test
    void lists_kling_s_catalogue_in_order() {
        assertThat(TagCatalogue.all().map(Tag::id))
                .containsExactly("o_101", "o_102", "o_103", "o_104", "o_105", "o_106", "o_107", "o_108");
    }
}
