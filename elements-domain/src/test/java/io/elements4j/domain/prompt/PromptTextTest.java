package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.HERO;
import static io.elements4j.domain.prompt.TestElements.codes;
import static io.elements4j.domain.prompt.TestElements.text;
import static io.elements4j.domain.prompt.TestElements.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** Length and emptiness, judged on the text the vendor receives. */
class PromptTextTest {

    @Test
    void accepts_2500_characters() {
        assertThat(text("a".repeat(2500))
                        .render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                        .isValid())
                .isTrue();
    }

    @Test
    void rejects_2501_characters() {
        assertThat(violations(
                        text("a".repeat(2501)).render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                .containsExactly(RuleViolation.of(
                        "prompt",
                        PromptCodes.TOO_LONG,
                        "the rendered prompt has 2501 characters, element references included; at most 2500"));
    }

    @Test
    void counts_the_references_as_the_vendor_sees_them() {
        // "<<<element_1>>>" is 15 characters where "@element_1" is 10.
        ElementPrompt prompt =
                ElementPrompt.builder().text("a".repeat(2490)).element(HERO).build();

        assertThat(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                        .isValid())
                .isTrue();
        assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                .containsExactly(PromptCodes.TOO_LONG);
    }

    @Test
    void counts_an_emoji_as_one_character() {
        assertThat(text("🐕".repeat(2500))
                        .render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                        .isValid())
                .isTrue();
    }

    @Test
    void rejects_an_empty_prompt() {
        assertThat(violations(ElementPrompt.builder()
                        .build()
                        .render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())))
                .containsExactly(RuleViolation.of(
                        "prompt", PromptCodes.BLANK, "the prompt is blank; write some text or mention an element"));
    }

    @Test
    void rejects_a_prompt_of_white_space() {
        assertThat(codes(text(" \n\t ").render(PromptSyntax.AT_INDEX, GenerationReferences.none())))
                .containsExactly(PromptCodes.BLANK);
    }

    @Test
    void a_lone_mention_is_a_prompt() {
        assertThat(ElementPrompt.builder()
                        .element(HERO)
                        .build()
                        .render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.none())
                        .get()
                        .text())
                .isEqualTo("<<<Hero>>>");
    }
}
