package io.elements4j.adapter.useapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.elements4j.adapter.support.Json;
import io.elements4j.domain.element.ElementMedia;
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
    void media_reads_the_cover_views_and_video_in_their_order() {
        ElementMedia media = mappings.media(element("{\"id\": \"u_1\", \"resources\": ["
                + "{\"resourceKey\": \"secondary\", \"resource\": \"https://x/2.jpg\"},"
                + "{\"resourceKey\": \"cover\", \"resource\": \"https://x/c1.jpg\"},"
                + "{\"resourceKey\": \"secondary\", \"resource\": \" \"},"
                + "{\"cover\": true, \"resource\": \"https://x/c2.jpg\"},"
                + "{\"resourceKey\": \"video\", \"resource\": \"https://x/v1.mp4\"},"
                + "{\"resourceKey\": \"secondary\", \"resource\": \"https://x/3.jpg\"},"
                + "{\"resourceKey\": \"video\", \"resource\": \"https://x/v2.mp4\"}],"
                + "\"imageResources\": [\"https://x/4.jpg\", \"\"]}"));

        assertThat(media.cover()).contains("https://x/c1.jpg");
        assertThat(media.references()).containsExactly("https://x/2.jpg", "https://x/3.jpg", "https://x/4.jpg");
        assertThat(media.video()).contains("https://x/v1.mp4");
    }

    @Test
    void a_cover_the_element_names_wins_over_its_resources_even_when_blank() {
        String resources = "\"resources\": [{\"resourceKey\": \"cover\", \"resource\": \"https://x/r.jpg\"}]";

        assertThat(mappings.media(element("{\"id\": \"u_1\", \"coverImage\": \"https://x/ci.jpg\", " + resources + "}"))
                        .cover())
                .contains("https://x/ci.jpg");
        assertThat(mappings.media(element("{\"id\": \"u_1\", \"cover\": {\"resource\": \"https://x/o.jpg\"},"
                                + " \"coverImage\": \"https://x/ci.jpg\", " + resources + "}"))
                        .cover())
                .contains("https://x/o.jpg");
        assertThat(mappings.media(element("{\"id\": \"u_1\", \"cover\": {\"width\": 5}, " + resources + "}"))
                        .cover())
                .isEmpty();
        assertThat(mappings.media(element("{\"id\": \"u_1\", " + resources + "}"))
                        .cover())
                .contains("https://x/r.jpg");
    }

    @Test
    void only_the_first_video_resource_counts_even_without_a_url() {
        assertThat(mappings.media(element("{\"id\": \"u_1\", \"resources\": [{\"resourceKey\": \"video\"},"
                                + " {\"resourceKey\": \"video\", \"resource\": \"https://x/v.mp4\"}]}"))
                        .video())
                .isEmpty();
    }

    @Test
    void tags_keep_their_order_without_repeats_the_single_tag_last() {
        UseapiElement e = element("{\"id\": \"u_1\", \"tagList\": [\"scene\", {\"tagKey\": \"prop\"}, \"o_106\", {}],"
                + " \"tag\": \"character\"}");

        assertThat(mappings.tags(e))
                .containsExactly(Tag.of(TagKind.SCENE), Tag.of(TagKind.ITEM), Tag.of(TagKind.CHARACTER));
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
