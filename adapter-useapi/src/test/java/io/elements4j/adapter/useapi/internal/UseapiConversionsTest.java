package io.elements4j.adapter.useapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.Json;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.tag.Tag;
import io.elements4j.domain.tag.TagKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How useapi's loosely documented fields read. */
class UseapiConversionsTest {

    final UseapiConversions mappings = new UseapiConversions();

    static JsonNode tree(String json) {
        return Json.tree(json).get();
    }

    static UseapiElement element(String json) {
        return Json.parse(json, UseapiElement.class).get();
    }

    @Test
    void useapis_tag_keys_are_its_own_prop_is_the_catalogues_item() {
        assertThat(UseapiConversions.tag(tree("\"prop\""))).contains(Tag.of(TagKind.ITEM));
        assertThat(UseapiConversions.tag(tree("{\"tagKey\": \"prop\", \"name\": \"Props\"}")))
                .contains(Tag.of(TagKind.ITEM));
        assertThat(UseapiConversions.wireTag(Tag.of(TagKind.ITEM))).isEqualTo("prop");
        assertThat(UseapiConversions.wireTag(Tag.of(TagKind.CHARACTER))).isEqualTo("character");
        assertThat(UseapiConversions.wireTag(Tag.of(TagKind.EFFECT))).isEqualTo("o_107");
    }

    @Test
    void reads_tags_of_any_shape() {
        assertThat(UseapiConversions.tag(tree("\"character\""))).contains(Tag.of(TagKind.CHARACTER));
        assertThat(UseapiConversions.tag(tree("{\"id\": \"o_104\", \"tagKey\": \"prop\", \"name\": \"Items\"}")))
                .contains(Tag.of(TagKind.ITEM));
        assertThat(UseapiConversions.tag(
                        tree("{\"id\": \"1\", \"tagKey\": \"character\", \"tagDesc\": \"Character\"}")))
                .contains(Tag.of(TagKind.CHARACTER));
        assertThat(UseapiConversions.tag(tree("{\"tagId\": \"o_106\"}"))).contains(Tag.of(TagKind.SCENE));
        assertThat(UseapiConversions.tag(tree("{\"name\": \"Animals\"}"))).contains(Tag.of(TagKind.ANIMAL));
    }

    @Test
    void keeps_a_tag_it_does_not_know_as_the_vendor_sent_it() {
        assertThat(UseapiConversions.tag(tree("{\"id\": \"o_199\", \"tagKey\": \"vehicle\", \"name\": \"Vehicles\"}")))
                .contains(new Tag.Unrecognised("o_199", "Vehicles"));
    }

    @Test
    void skips_tag_items_that_say_nothing() {
        assertThat(UseapiConversions.tag(tree("{}"))).isEmpty();
        assertThat(UseapiConversions.tag(tree("[]"))).isEmpty();
        assertThat(UseapiConversions.tag(tree("null"))).isEmpty();
    }

    @Test
    void a_declared_type_decides_the_kind() {
        assertThat(mappings.kind(element("{\"id\": \"u_1\", \"type\": \"video\"}")))
                .isEqualTo(ReferenceKind.VIDEO);
        assertThat(mappings.kind(element(
                        "{\"id\": \"u_1\", \"type\": \"IMAGE\", \"resources\": [{\"resourceKey\": \"video\"}]}")))
                .isEqualTo(ReferenceKind.IMAGE);
    }

    @Test
    void without_a_type_a_video_resource_means_a_video_element() {
        assertThat(
                        mappings.kind(
                                element(
                                        "{\"id\": \"u_1\", \"resources\": [{\"resourceKey\": \"cover\"}, {\"resourceKey\": \"video\", \"resource\": \"v.mp4\"}]}")))
                .isEqualTo(ReferenceKind.VIDEO);
        assertThat(mappings.kind(element("{\"id\": \"u_1\"}"))).isEqualTo(ReferenceKind.IMAGE);
    }

    @Test
    void an_unknown_type_is_a_problem_to_report() {
        assertThat(UseapiConversions.problem(element("{\"id\": \"u_1\", \"type\": \"AUDIO\"}")))
                .isNotEmpty();
        assertThat(UseapiConversions.problem(element("{\"id\": \"u_1\"}"))).isEmpty();
    }

    @Test
    void a_voice_bound_through_a_resource_counts_as_the_elements_voice() {
        UseapiElement e = element(
                "{\"id\": \"u_1\", \"resources\": [{\"resourceKey\": \"video\", \"voice\": {\"id\": 7, \"name\": \"Mine\", \"official\": false}}]}");

        assertThat(mappings.boundVoice(e).map(v -> v.id().value())).contains("7");
    }

    @Test
    void a_clip_url_reads_from_a_string_or_an_object() {
        assertThat(mappings.clipUrl(tree("\"https://x/v.mp4\""))).contains("https://x/v.mp4");
        assertThat(mappings.clipUrl(tree("{\"url\": \"https://x/v.mp4\"}"))).contains("https://x/v.mp4");
        assertThat(mappings.clipUrl(tree("{\"duration\": 5}"))).isEmpty();
    }

    @Test
    void nulls_in_lists_do_not_break_reading() {
        UseapiElement e = new UseapiElement(
                "u_1",
                null,
                null,
                null,
                null,
                null,
                Arrays.asList(null, null),
                Arrays.asList((JsonNode) null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());

        assertThat(UseapiMapper.INSTANCE.element(e).tags()).isEmpty();
        assertThat(UseapiMapper.INSTANCE.element(e).name()).isEmpty();
    }
}
