package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.HERO;
import static io.elements4j.domain.prompt.TestElements.codes;
import static io.elements4j.domain.prompt.TestElements.text;
import static io.elements4j.domain.prompt.TestElements.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.rules.RuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Text that the vendor would read as an element reference would silently use another element, or none. */
class LiteralReferenceTest {

    private static RenderedPrompt valid(ElementPrompt prompt, PromptSyntax syntax) {
        return prompt.render(syntax, GenerationReferences.none()).get();
    }

    @Nested
    class Triple_angle_index {

        @Test
        void rejects_a_typed_element_reference() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text(" meets <<<element_2>>>")
                    .build();

            assertThat(violations(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                    .containsExactly(RuleViolation.of(
                            "prompt",
                            PromptCodes.LITERAL_REFERENCE,
                            "the text contains \"<<<element_2>>>\", which the vendor would read as an element"
                                    + " reference; mention the element instead of typing its reference"));
        }

        @Test
        void rejects_a_typed_reference_even_to_the_right_number() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text(" and <<<element_1>>>")
                    .build();

            assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                    .containsExactly(PromptCodes.LITERAL_REFERENCE);
        }

        @Test
        void rejects_a_typed_name_reference_because_the_vendor_cannot_resolve_it() {
            assertThat(codes(text("<<<Maeva>>> on a beach")
                            .render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                    .containsExactly(PromptCodes.LITERAL_REFERENCE);
        }

        @Test
        void allows_references_to_the_calls_images_and_videos() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text(" in front of <<<image_1>>>, moving like <<<video_1>>>")
                    .build();

            assertThat(valid(prompt, PromptSyntax.TRIPLE_ANGLE_INDEX).text())
                    .isEqualTo("<<<element_1>>> in front of <<<image_1>>>, moving like <<<video_1>>>");
        }

        @Test
        void allows_at_signs_which_this_syntax_does_not_read() {
            assertThat(text("Email @element_3 fans")
                            .render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                            .isValid())
                    .isTrue();
        }

        @Test
        void rejects_an_unclosed_bracket_that_swallows_a_mention() {
            ElementPrompt prompt =
                    ElementPrompt.builder().text("a <<< b ").element(HERO).build();

            assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                    .containsExactly(PromptCodes.MENTION_RUN_ON);
        }
    }

    @Nested
    class At_index {

        @Test
        void rejects_a_typed_element_reference() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text(" waves at @element_3")
                    .build();

            assertThat(codes(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())))
                    .containsExactly(PromptCodes.LITERAL_REFERENCE);
        }

        @Test
        void rejects_a_typed_reference_in_another_case() {
            assertThat(codes(text("@Element_2 dances").render(PromptSyntax.AT_INDEX, GenerationReferences.none())))
                    .containsExactly(PromptCodes.LITERAL_REFERENCE);
        }

        @Test
        void rejects_digits_that_would_turn_element_1_into_element_10() {
            ElementPrompt prompt =
                    ElementPrompt.builder().element(HERO).text("0 times").build();

            assertThat(violations(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())))
                    .containsExactly(RuleViolation.of(
                            "prompt",
                            PromptCodes.MENTION_RUN_ON,
                            "the text next to the mention of element 101 (\"Hero\") joins it into \"@element_10\","
                                    + " which reads as a different reference; separate them with a space or"
                                    + " punctuation"));
        }

        @Test
        void rejects_letters_glued_to_a_mention() {
            ElementPrompt prompt =
                    ElementPrompt.builder().element(HERO).text("s are here").build();

            assertThat(codes(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())))
                    .containsExactly(PromptCodes.MENTION_RUN_ON);
        }

        @Test
        void allows_punctuation_right_after_a_mention() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text("'s hat, ")
                    .element(HERO)
                    .text(".")
                    .build();

            assertThat(valid(prompt, PromptSyntax.AT_INDEX).text()).isEqualTo("@element_1's hat, @element_1.");
        }

        @Test
        void allows_triple_angle_text_which_this_syntax_does_not_read() {
            assertThat(text("a <<<element_2>>> sign")
                            .render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                            .isValid())
                    .isTrue();
        }
    }

    @Nested
    class Triple_angle_name {

        @Test
        void rejects_a_typed_name_reference() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text(" meets <<<Maeva>>>")
                    .build();

            assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                    .containsExactly(PromptCodes.LITERAL_REFERENCE);
        }

        @Test
        void rejects_a_typed_reference_to_a_mentioned_element_too() {
            ElementPrompt prompt = ElementPrompt.builder()
                    .element(HERO)
                    .text(" and <<<Hero>>>")
                    .build();

            assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                    .containsExactly(PromptCodes.LITERAL_REFERENCE);
        }

        @Test
        void rejects_a_bracket_that_joins_a_mention() {
            ElementPrompt prompt =
                    ElementPrompt.builder().text("<").element(HERO).build();

            assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())))
                    .containsExactly(PromptCodes.MENTION_RUN_ON);
        }
    }

    @Test
    void reports_each_typed_reference_once() {
        assertThat(codes(text("@element_2 and @element_2 and @element_3")
                        .render(PromptSyntax.AT_INDEX, GenerationReferences.none())))
                .containsExactly(PromptCodes.LITERAL_REFERENCE, PromptCodes.LITERAL_REFERENCE);
    }
}
