package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.DANCER;
import static io.elements4j.domain.prompt.TestElements.codes;
import static io.elements4j.domain.prompt.TestElements.imageElements;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user fixes a prompt in one round trip: rendering reports every problem, not the first. */
class EveryViolationAtOnceTest {

    @Test
    void reports_text_name_literal_and_limit_problems_together() {
        ElementPrompt prompt = ElementPrompt.builder()
                .text("x".repeat(2500))
                .element(ElementRef.image("1", "Twin"))
                .text(" ")
                .element(ElementRef.image("2", "twin"))
                .text(" ")
                .element(ElementRef.image("3", "Bad>"))
                .text(" ")
                .element(DANCER)
                .text(" <<<Stranger>>>")
                .build();

        assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_NAME, GenerationReferences.withReferenceVideo())))
                .containsExactlyInAnyOrder(
                        PromptCodes.TOO_LONG,
                        PromptCodes.NAME_UNUSABLE,
                        PromptCodes.AMBIGUOUS_NAME,
                        PromptCodes.LITERAL_REFERENCE,
                        PromptCodes.VIDEO_ELEMENT_WITH_REFERENCE_VIDEO);
    }

    @Test
    void reports_limits_together_with_a_typed_reference() {
        ElementPrompt prompt = new ElementPrompt(
                TestElements.mentioning(imageElements(8)).parts().append(new PromptPart.Text(" and @element_9")));

        assertThat(codes(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.withFirstFrame())))
                .containsExactlyInAnyOrder(
                        PromptCodes.LITERAL_REFERENCE,
                        PromptCodes.TOO_MANY_REFERENCES,
                        PromptCodes.TOO_MANY_ELEMENTS_WITH_FRAMES);
    }
}
