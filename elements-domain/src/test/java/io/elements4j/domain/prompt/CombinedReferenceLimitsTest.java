package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.DANCER;
import static io.elements4j.domain.prompt.TestElements.HERO;
import static io.elements4j.domain.prompt.TestElements.codes;
import static io.elements4j.domain.prompt.TestElements.imageElements;
import static io.elements4j.domain.prompt.TestElements.mentioning;
import static io.elements4j.domain.prompt.TestElements.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** GMI Cloud's queue guide, "Limits on Combined References". */
class CombinedReferenceLimitsTest {

    private static Validation<Seq<RuleViolation>, RenderedPrompt> render(
            int elements, GenerationReferences references) {
        return mentioning(imageElements(elements)).render(PromptSyntax.TRIPLE_ANGLE_INDEX, references);
    }

    @Nested
    class Without_a_reference_video {

        @Test
        void accepts_seven_elements() {
            assertThat(render(7, GenerationReferences.none()).isValid()).isTrue();
        }

        @Test
        void accepts_seven_images_and_elements_together() {
            assertThat(render(4, GenerationReferences.withImages(3)).isValid()).isTrue();
        }

        @Test
        void rejects_eight_images_and_elements() {
            Validation<Seq<RuleViolation>, RenderedPrompt> result = render(5, GenerationReferences.withImages(3));

            assertThat(violations(result))
                    .containsExactly(RuleViolation.of(
                            "prompt.elements",
                            PromptCodes.TOO_MANY_REFERENCES,
                            "8 images and elements (3 images, 5 elements); at most 7 without a reference video"));
        }

        @Test
        void counts_a_repeated_element_once() {
            ElementPrompt prompt =
                    mentioning(imageElements(7).append(imageElements(1).head()));

            assertThat(prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                            .isValid())
                    .isTrue();
        }
    }

    @Nested
    class With_a_reference_video {

        @Test
        void accepts_four_images_and_elements() {
            assertThat(render(2, GenerationReferences.withReferenceVideo().andImages(2))
                            .isValid())
                    .isTrue();
        }

        @Test
        void rejects_five_images_and_elements() {
            Validation<Seq<RuleViolation>, RenderedPrompt> result =
                    render(3, GenerationReferences.withReferenceVideo().andImages(2));

            assertThat(violations(result))
                    .containsExactly(RuleViolation.of(
                            "prompt.elements",
                            PromptCodes.TOO_MANY_REFERENCES,
                            "5 images and elements (2 images, 3 elements); at most 4 with a reference video"));
        }

        @Test
        void rejects_a_video_element_and_says_which() {
            ElementPrompt prompt = mentioning(HERO, DANCER);

            Validation<Seq<RuleViolation>, RenderedPrompt> result =
                    prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.withReferenceVideo());

            assertThat(violations(result))
                    .containsExactly(
                            RuleViolation.of(
                                    "prompt.elements[1]",
                                    PromptCodes.VIDEO_ELEMENT_WITH_REFERENCE_VIDEO,
                                    "element 201 (\"Dancer\") is a video element; video elements cannot be used with a reference video"));
        }

        @Test
        void video_elements_are_fine_without_a_reference_video() {
            assertThat(mentioning(DANCER)
                            .render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.withImages(2))
                            .isValid())
                    .isTrue();
        }
    }

    @Nested
    class With_frames {

        @Test
        void accepts_three_elements_with_a_first_frame() {
            assertThat(render(3, GenerationReferences.withFirstFrame()).isValid())
                    .isTrue();
        }

        @Test
        void rejects_four_elements_with_a_first_frame() {
            Validation<Seq<RuleViolation>, RenderedPrompt> result = render(4, GenerationReferences.withFirstFrame());

            assertThat(violations(result))
                    .containsExactly(RuleViolation.of(
                            "prompt.elements",
                            PromptCodes.TOO_MANY_ELEMENTS_WITH_FRAMES,
                            "4 elements with a first frame; at most 3 with a first or end frame"));
        }

        @Test
        void rejects_four_elements_with_first_and_end_frames() {
            assertThat(codes(render(4, GenerationReferences.withFirstAndEndFrame())))
                    .containsExactly(PromptCodes.TOO_MANY_ELEMENTS_WITH_FRAMES);
        }

        @Test
        void counts_frames_as_images() {
            assertThat(GenerationReferences.withFirstAndEndFrame().andImages(1).imageCount())
                    .isEqualTo(3);
            assertThat(codes(render(3, GenerationReferences.withFirstFrame().andImages(4))))
                    .containsExactly(PromptCodes.TOO_MANY_REFERENCES);
        }

        @Test
        void accepts_an_end_frame_with_two_images() {
            assertThat(render(1, GenerationReferences.withFirstAndEndFrame()).isValid())
                    .isTrue();
        }

        @Test
        void rejects_an_end_frame_with_three_images() {
            Validation<Seq<RuleViolation>, RenderedPrompt> result =
                    render(1, GenerationReferences.withFirstAndEndFrame().andImages(1));

            assertThat(violations(result))
                    .containsExactly(RuleViolation.of(
                            "references.images",
                            PromptCodes.END_FRAME_WITH_TOO_MANY_IMAGES,
                            "3 images with an end frame; at most 2, the frames included"));
        }

        @Test
        void rejects_an_end_frame_without_a_first_frame() {
            Validation<Seq<RuleViolation>, RenderedPrompt> result =
                    render(1, GenerationReferences.none().andEndFrame());

            assertThat(violations(result))
                    .containsExactly(RuleViolation.of(
                            "references.endFrame",
                            PromptCodes.END_FRAME_WITHOUT_FIRST_FRAME,
                            "an end frame needs a first frame"));
        }
    }

    @Test
    void reports_every_broken_limit_at_once() {
        ElementPrompt prompt = mentioning(imageElements(3).append(DANCER));
        GenerationReferences references =
                GenerationReferences.none().andReferenceVideo().andEndFrame().andImages(2);

        assertThat(codes(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, references)))
                .containsExactlyInAnyOrder(
                        PromptCodes.TOO_MANY_REFERENCES,
                        PromptCodes.VIDEO_ELEMENT_WITH_REFERENCE_VIDEO,
                        PromptCodes.TOO_MANY_ELEMENTS_WITH_FRAMES,
                        PromptCodes.END_FRAME_WITHOUT_FIRST_FRAME,
                        PromptCodes.END_FRAME_WITH_TOO_MANY_IMAGES);
    }

    @Test
    void the_limits_hold_in_every_syntax() {
        for (PromptSyntax syntax : PromptSyntax.values()) {
            assertThat(codes(mentioning(imageElements(8)).render(syntax, GenerationReferences.none())))
                    .as(syntax.name())
                    .containsExactly(PromptCodes.TOO_MANY_REFERENCES);
        }
    }

    @Test
    void refuses_a_negative_number_of_images() {
        assertThatIllegalArgumentException().isThrownBy(() -> GenerationReferences.withImages(-1));
    }
}
