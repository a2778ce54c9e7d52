package io.elements4j.domain.prompt;

import io.elements4j.domain.element.ReferenceKind;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The "limits on combined references" of the omni generation model that every supported vendor forwards to. */
final class CombinedReferenceLimits {

    static final int MAX_WITHOUT_REFERENCE_VIDEO = 7;
    static final int MAX_WITH_REFERENCE_VIDEO = 4;
    static final int MAX_ELEMENTS_WITH_FRAMES = 3;
    static final int MAX_IMAGES_WITH_END_FRAME = 2;

    private CombinedReferenceLimits() {}

    /** @param elements the distinct elements, in element-list order */
    static Seq<RuleViolation> check(Seq<ElementRef> elements, GenerationReferences references) {
        return List.<RuleViolation>empty()
                .appendAll(combinedCount(elements, references))
                .appendAll(videoElements(elements, references))
                .appendAll(elementsWithFrames(elements, references))
                .appendAll(endFrame(references));
    }

    private static Seq<RuleViolation> combinedCount(Seq<ElementRef> elements, GenerationReferences references) {
        int images = references.imageCount();
        int total = images + elements.size();
        int max = references.referenceVideo() ? MAX_WITH_REFERENCE_VIDEO : MAX_WITHOUT_REFERENCE_VIDEO;
        if (total <= max) {
            return List.empty();
        }
        return List.of(RuleViolation.of(
                "prompt.elements",
                PromptCodes.TOO_MANY_REFERENCES,
                total + " images and elements (" + count(images, "image") + ", " + count(elements.size(), "element")
                        + "); at most " + max + (references.referenceVideo() ? " with" : " without")
                        + " a reference video"));
    }

    private static Seq<RuleViolation> videoElements(Seq<ElementRef> elements, GenerationReferences references) {
        if (!references.referenceVideo()) {
            return List.empty();
        }
        return elements.zipWithIndex()
                .filter(indexed -> indexed._1.kind() == ReferenceKind.VIDEO)
                .map(indexed -> RuleViolation.of(
                        "prompt.elements[" + indexed._2 + "]",
                        PromptCodes.VIDEO_ELEMENT_WITH_REFERENCE_VIDEO,
                        "element " + indexed._1.id() + " (\"" + indexed._1.name() + "\") is a video element;"
                                + " video elements cannot be used with a reference video"));
    }

    private static Seq<RuleViolation> elementsWithFrames(Seq<ElementRef> elements, GenerationReferences references) {
        if (!references.usesFrames() || elements.size() <= MAX_ELEMENTS_WITH_FRAMES) {
            return List.empty();
        }
        return List.of(RuleViolation.of(
                "prompt.elements",
                PromptCodes.TOO_MANY_ELEMENTS_WITH_FRAMES,
                count(elements.size(), "element") + " with " + frames(references) + "; at most "
                        + MAX_ELEMENTS_WITH_FRAMES + " with a first or end frame"));
    }

    private static Seq<RuleViolation> endFrame(GenerationReferences references) {
        if (!references.endFrame()) {
            return List.empty();
        }
        List<RuleViolation> violations = List.empty();
        if (!references.firstFrame()) {
            violations = violations.append(RuleViolation.of(
                    "references.endFrame",
                    PromptCodes.END_FRAME_WITHOUT_FIRST_FRAME,
                    "an end frame needs a first frame"));
        }
        if (references.imageCount() > MAX_IMAGES_WITH_END_FRAME) {
            violations = violations.append(RuleViolation.of(
                    "references.images",
                    PromptCodes.END_FRAME_WITH_TOO_MANY_IMAGES,
                    count(references.imageCount(), "image") + " with an end frame; at most " + MAX_IMAGES_WITH_END_FRAME
                            + ", the frames included"));
        }
        return violations;
    }

    private static String frames(GenerationReferences references) {
        if (references.firstFrame() && references.endFrame()) {
            return "first and end frames";
        }
        return references.firstFrame() ? "a first frame" : "an end frame";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
