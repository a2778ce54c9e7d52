package io.elements4j.domain.prompt;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The limits of the video models' newer generation requests, whose inputs are {@code contents[]} items: a request
 * with an element is an omni request, which takes at most 15 inputs besides the prompt, of them at most 10 images
 * (frames included) and 7 elements (and 3 voices, which prompts here do not name).
 */
final class ContentsLimits {

    static final int MAX_ELEMENTS = 7;
    static final int MAX_IMAGES = 10;
    static final int MAX_INPUTS = 15;

    private ContentsLimits() {}

    /** @param elements the distinct elements, in {@code contents[]} order */
    static Seq<RuleViolation> check(Seq<ElementRef> elements, GenerationReferences references) {
        int images = references.imageCount();
        int inputs = images + elements.size() + (references.referenceVideo() ? 1 : 0);
        List<RuleViolation> violations = List.empty();
        if (elements.size() > MAX_ELEMENTS) {
            violations = violations.append(RuleViolation.of(
                    "prompt.elements",
                    PromptCodes.TOO_MANY_REFERENCES,
                    elements.size() + " elements; a request of contents[] items takes at most " + MAX_ELEMENTS));
        }
        if (images > MAX_IMAGES) {
            violations = violations.append(RuleViolation.of(
                    "references.images",
                    PromptCodes.TOO_MANY_REFERENCES,
                    images + " images, the frames included; a request of contents[] items takes at most "
                            + MAX_IMAGES));
        }
        if (inputs > MAX_INPUTS) {
            violations = violations.append(RuleViolation.of(
                    "prompt.elements",
                    PromptCodes.TOO_MANY_REFERENCES,
                    inputs + " inputs (images, elements and the reference video); a request of contents[] items "
                            + "takes at most " + MAX_INPUTS + " besides the prompt"));
        }
        return violations;
    }
}
