package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.DOG;
import static io.elements4j.domain.prompt.TestElements.HERO;
import static io.elements4j.domain.prompt.TestElements.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.Tuple;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class RenderingTest {

    private static final ElementPrompt HUG = ElementPrompt.builder()
            .text("A girl ")
            .element(HERO)
            .text(" hugs ")
            .element(DOG)
            .text(" while ")
            .element(HERO)
            .text(" smiles")
            .build();

    @Test
    void writes_kling_style_references_numbered_by_first_mention() {
        RenderedPrompt rendered = HUG.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                .get();

        assertThat(rendered.text())
                .isEqualTo("A girl <<<element_1>>> hugs <<<element_2>>> while <<<element_1>>> smiles");
        assertThat(rendered.elementList()).containsExactly(HERO.id(), DOG.id());
        assertThat(rendered.syntax()).isEqualTo(PromptSyntax.TRIPLE_ANGLE_INDEX);
    }

    @Test
    void writes_useapi_style_references_with_one_field_per_element_in_order() {
        RenderedPrompt rendered =
                HUG.render(PromptSyntax.AT_INDEX, GenerationReferences.none()).get();

        assertThat(rendered.text()).isEqualTo("A girl @element_1 hugs @element_2 while @element_1 smiles");
        assertThat(rendered.elementList()).containsExactly(HERO.id(), DOG.id());
        assertThat(rendered.elementFields().toList())
                .containsExactly(Tuple.of("element_1", "101"), Tuple.of("element_2", "102"));
    }

    @Test
    void writes_references_by_name_for_the_product_guide_syntax() {
        RenderedPrompt rendered = HUG.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())
                .get();

        assertThat(rendered.text()).isEqualTo("A girl <<<Hero>>> hugs <<<Dog>>> while <<<Hero>>> smiles");
        assertThat(rendered.elementList()).containsExactly(HERO.id(), DOG.id());
    }

    @Test
    void writes_klings_newer_requests_with_one_contents_item_per_element_named_by_its_id() {
        RenderedPrompt rendered = HUG.render(PromptSyntax.AT_CONTENT_ID, GenerationReferences.none())
                .get();

        assertThat(rendered.text()).isEqualTo("A girl @element_1 hugs @element_2 while @element_1 smiles");
        assertThat(rendered.contents().map(c -> c.type() + " " + c.elementId().value() + " " + c.id()))
                .containsExactly("element 101 element_1", "element 102 element_2");
        assertThat(rendered.elementFields())
                .as("no useapi-style fields beside contents")
                .isEmpty();
    }

    @Test
    void holds_the_newer_requests_to_their_own_limits_seven_elements_ten_images_fifteen_inputs() {
        ElementPrompt.Builder seven = ElementPrompt.builder();
        for (int i = 1; i <= 7; i++) {
            seven.element(ElementRef.image(Integer.toString(200 + i), "E" + i)).text(" ");
        }
        ElementPrompt eight =
                new ElementPrompt(seven.build().parts().append(new PromptPart.Mention(ElementRef.image("299", "E8"))));

        assertThat(seven.build()
                        .render(PromptSyntax.AT_CONTENT_ID, GenerationReferences.withFirstFrame())
                        .isValid())
                .as("7 elements with a first frame: too many for element_list, fine for contents[]")
                .isTrue();
        assertThat(seven.build()
                        .render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.withFirstFrame())
                        .isInvalid())
                .isTrue();
        assertThat(eight.render(PromptSyntax.AT_CONTENT_ID, GenerationReferences.none())
                        .getError()
                        .map(RuleViolation::message))
                .singleElement()
                .asString()
                .contains("8 elements", "at most 7");
        assertThat(seven.build()
                        .render(PromptSyntax.AT_CONTENT_ID, GenerationReferences.withImages(9))
                        .getError()
                        .map(RuleViolation::message))
                .singleElement()
                .asString()
                .contains("16 inputs", "at most 15");
        assertThat(ElementPrompt.builder()
                        .text("a beach")
                        .build()
                        .render(PromptSyntax.AT_CONTENT_ID, GenerationReferences.withImages(11))
                        .getError()
                        .map(RuleViolation::field))
                .containsExactly("references.images");
    }

    @Test
    void numbers_elements_by_first_mention_not_by_how_they_were_declared() {
        ElementPrompt prompt = ElementPrompt.builder()
                .element(DOG)
                .text(" chases ")
                .element(HERO)
                .build();

        RenderedPrompt rendered = prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                .get();

        assertThat(rendered.text()).isEqualTo("<<<element_1>>> chases <<<element_2>>>");
        assertThat(rendered.elementList()).containsExactly(DOG.id(), HERO.id());
    }

    @Test
    void a_repeated_element_keeps_its_number_and_takes_one_place_in_the_list() {
        ElementPrompt prompt = ElementPrompt.builder()
                .element(HERO)
                .text(", ")
                .element(DOG)
                .text(", ")
                .element(HERO)
                .text(", ")
                .element(DOG)
                .build();

        RenderedPrompt rendered = prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                .get();

        assertThat(rendered.text()).isEqualTo("@element_1, @element_2, @element_1, @element_2");
        assertThat(rendered.elementList()).hasSize(2);
        assertThat(prompt.elements()).containsExactly(HERO, DOG);
    }

    @Test
    void a_prompt_without_elements_renders_as_plain_text() {
        for (PromptSyntax syntax : PromptSyntax.values()) {
            RenderedPrompt rendered = text("A quiet beach at dawn")
                    .render(syntax, GenerationReferences.none())
                    .get();

            assertThat(rendered.text()).isEqualTo("A quiet beach at dawn");
            assertThat(rendered.elementList()).isEmpty();
            assertThat(rendered.elementFields()).isEmpty();
        }
    }

    @Test
    void only_the_contents_syntax_has_contents_items() {
        for (PromptSyntax syntax :
                List.of(PromptSyntax.TRIPLE_ANGLE_INDEX, PromptSyntax.AT_INDEX, PromptSyntax.TRIPLE_ANGLE_NAME)) {
            assertThat(HUG.render(syntax, GenerationReferences.none()).get().contents())
                    .as("%s", syntax)
                    .isEmpty();
        }
    }

    @Test
    void only_the_at_index_syntax_has_element_fields() {
        assertThat(HUG.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                        .get()
                        .elementFields())
                .isEmpty();
        assertThat(HUG.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())
                        .get()
                        .elementFields())
                .isEmpty();
    }

    @Test
    void keeps_kling_ids_above_two_to_the_53_exact_in_the_list_and_fields() {
        ElementRef big = new ElementRef(ElementId.ofLong(863121023120580607L), "Big", ReferenceKind.IMAGE);
        ElementPrompt prompt =
                ElementPrompt.builder().element(big).text(" waves").build();

        RenderedPrompt rendered = prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                .get();

        assertThat(rendered.elementList()).containsExactly(ElementId.of("863121023120580607"));
        assertThat(rendered.elementFields().get("element_1").get()).isEqualTo("863121023120580607");
    }

    @Test
    void mentions_a_stored_element_by_its_id_name_and_kind() {
        Element stored = Element.of(ElementId.of("u_123456789012345"), "FashionLady ABC12", ReferenceKind.VIDEO);

        assertThat(ElementRef.of(stored))
                .isEqualTo(new ElementRef(ElementId.of("u_123456789012345"), "FashionLady ABC12", ReferenceKind.VIDEO));
        assertThat(ElementPrompt.builder().element(stored).build().elements()).containsExactly(ElementRef.of(stored));
    }

    @Test
    void joins_adjacent_text_and_drops_empty_text() {
        ElementPrompt prompt = ElementPrompt.builder()
                .text("A ")
                .text("")
                .text("girl ")
                .element(HERO)
                .text("")
                .build();

        assertThat(prompt.parts()).containsExactly(new PromptPart.Text("A girl "), new PromptPart.Mention(HERO));
        assertThat(prompt)
                .isEqualTo(new ElementPrompt(List.of(new PromptPart.Text("A girl "), new PromptPart.Mention(HERO))));
    }
}
