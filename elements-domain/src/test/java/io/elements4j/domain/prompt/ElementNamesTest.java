package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.DOG;
import static io.elements4j.domain.prompt.TestElements.HERO;
import static io.elements4j.domain.prompt.TestElements.codes;
import static io.elements4j.domain.prompt.TestElements.mentioning;
import static io.elements4j.domain.prompt.TestElements.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** In {@code <<<name>>>} prompts the name is all the vendor sees, so it must be unique and writable. */
class ElementNamesTest {

    private static final ElementRef OTHER_HERO = ElementRef.image("999", "Hero");

    @Test
    void rejects_two_different_elements_with_the_same_name() {
        ElementPrompt prompt = mentioning(HERO, DOG, OTHER_HERO);

        assertThat(violations(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(RuleViolation.of(
                        "prompt.elements[2]",
                        PromptCodes.AMBIGUOUS_NAME,
                        "elements 101 (\"Hero\") and 999 (\"Hero\") have the same name; a <<<name>>> prompt cannot"
                                + " tell them apart"));
    }

    @Test
    void treats_names_differing_only_in_case_or_outer_space_as_the_same() {
        ElementPrompt prompt = mentioning(HERO, ElementRef.image("999", " hero "));

        assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(PromptCodes.AMBIGUOUS_NAME);
    }

    @Test
    void numbered_syntaxes_do_not_care_about_shared_names() {
        ElementPrompt prompt = mentioning(HERO, OTHER_HERO);

        assertThat(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                        .isValid())
                .isTrue();
        assertThat(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                        .isValid())
                .isTrue();
    }

    @Test
    void rejects_a_name_containing_triple_brackets() {
        ElementPrompt prompt = mentioning(ElementRef.image("301", "Bad>>>Name"));

        assertThat(violations(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(RuleViolation.of(
                        "prompt.elements[0]",
                        PromptCodes.NAME_UNUSABLE,
                        "the name \"Bad>>>Name\" of element 301 cannot be written as <<<name>>>: it contains <<< or"
                                + " >>>"));
    }

    @Test
    void rejects_a_name_with_opening_triple_brackets() {
        assertThat(codes(mentioning(ElementRef.image("301", "a<<<b"))
                        .render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(PromptCodes.NAME_UNUSABLE);
    }

    @Test
    void rejects_a_name_that_runs_into_the_brackets() {
        assertThat(codes(mentioning(ElementRef.image("301", "Arrow>"))
                        .render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(PromptCodes.NAME_UNUSABLE);
    }

    @Test
    void rejects_a_name_that_reads_as_a_numbered_reference() {
        assertThat(codes(mentioning(ElementRef.image("301", "element_2"))
                        .render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(PromptCodes.NAME_UNUSABLE);
    }

    @Test
    void rejects_a_blank_name() {
        assertThat(codes(mentioning(ElementRef.image("301", " "))
                        .render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(PromptCodes.NAME_UNUSABLE);
    }

    @Test
    void accepts_names_with_spaces_and_single_brackets_inside() {
        ElementPrompt prompt = mentioning(ElementRef.image("301", "Red Dress"), ElementRef.image("302", "a<b>c"));

        assertThat(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())
                        .get()
                        .text())
                .isEqualTo("Scene with <<<Red Dress>>> <<<a<b>c>>>");
    }

    @Test
    void rejects_one_id_mentioned_under_two_names_where_names_are_read() {
        ElementPrompt prompt = ElementPrompt.builder()
                .element(HERO)
                .text(" and ")
                .element(ElementRef.image("101", "Heroine"))
                .build();

        assertThat(violations(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                .containsExactly(RuleViolation.of(
                        "prompt.elements[0]",
                        PromptCodes.CONFLICTING_MENTIONS,
                        "element 101 is mentioned as \"Hero\" (IMAGE) and as \"Heroine\" (IMAGE); mention it the"
                                + " same way each time"));
        assertThat(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                        .get()
                        .text())
                .isEqualTo("@element_1 and @element_1");
    }

    @Test
    void rejects_one_id_mentioned_as_both_image_and_video_in_every_syntax() {
        ElementPrompt prompt = ElementPrompt.builder()
                .element(HERO)
                .text(" and ")
                .element(ElementRef.video("101", "Hero"))
                .build();

        for (PromptSyntax syntax : PromptSyntax.values()) {
            assertThat(codes(prompt.render(syntax, GenerationReferences.none())))
                    .as(syntax.name())
                    .containsExactly(PromptCodes.CONFLICTING_MENTIONS);
        }
    }
}
