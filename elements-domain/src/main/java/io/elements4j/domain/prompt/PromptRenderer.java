package io.elements4j.domain.prompt;

import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Writes an {@link ElementPrompt} in one syntax and gathers every reason the result would be wrong. */
final class PromptRenderer {

    static final int MAX_LENGTH = 2500;

    private PromptRenderer() {}

    static Validation<Seq<RuleViolation>, RenderedPrompt> render(
            ElementPrompt prompt, PromptSyntax syntax, GenerationReferences references) {
        Seq<ElementRef> elements = prompt.elements();
        Seq<ElementId> elementList = elements.map(ElementRef::id);
        StringBuilder text = new StringBuilder();
        List<LiteralReferences.Marker> markers = List.empty();
        for (PromptPart part : prompt.parts()) {
            if (part instanceof PromptPart.Text plain) {
                text.append(plain.text());
            } else if (part instanceof PromptPart.Mention mention) {
                int index = elementList.indexOf(mention.element().id());
                // The list's entry, not the mention, so that every mention of one id is written the same way.
                ElementRef element = elements.get(index);
                int start = text.length();
                text.append(ReferenceMarkers.marker(syntax, index + 1, element));
                markers = markers.append(new LiteralReferences.Marker(start, text.length(), element));
            }
        }
        String rendered = text.toString();

        Seq<RuleViolation> violations = List.<RuleViolation>empty()
                .appendAll(textRules(rendered))
                .appendAll(conflictingMentions(prompt, syntax))
                .appendAll(syntax == PromptSyntax.TRIPLE_ANGLE_NAME ? ElementNames.check(elements) : List.empty())
                .appendAll(LiteralReferences.find(rendered, markers, syntax))
                .appendAll(
                        syntax == PromptSyntax.AT_CONTENT_ID
                                ? ContentsLimits.check(elements, references)
                                : CombinedReferenceLimits.check(elements, references));
        return violations.isEmpty()
                ? Validation.valid(new RenderedPrompt(rendered, elementList, syntax))
                : Validation.invalid(violations);
    }

    private static Seq<RuleViolation> textRules(String rendered) {
        if (rendered.isBlank()) {
            return List.of(RuleViolation.of(
                    "prompt", PromptCodes.BLANK, "the prompt is blank; write some text or mention an element"));
        }
        // Code points, like the other length rules: an emoji is one character to the user.
        int length = rendered.codePointCount(0, rendered.length());
        if (length > MAX_LENGTH) {
            return List.of(RuleViolation.of(
                    "prompt",
                    PromptCodes.TOO_LONG,
                    "the rendered prompt has " + length + " characters, element references included; at most "
                            + MAX_LENGTH));
        }
        return List.empty();
    }

    // The same id mentioned as a video in one place and an image in another would make the limits check the wrong
    // kind; different names matter only where the name is what the vendor reads.
    private static Seq<RuleViolation> conflictingMentions(ElementPrompt prompt, PromptSyntax syntax) {
        Seq<ElementRef> elements = prompt.elements();
        return prompt.mentions()
                .filter(mention -> {
                    ElementRef first = elements.find(element -> element.id().equals(mention.id()))
                            .get();
                    return first.kind() != mention.kind()
                            || syntax == PromptSyntax.TRIPLE_ANGLE_NAME
                                    && !first.name().equals(mention.name());
                })
                .distinct()
                .map(mention -> {
                    int index = elements.indexWhere(element -> element.id().equals(mention.id()));
                    ElementRef first = elements.get(index);
                    return RuleViolation.of(
                            "prompt.elements[" + index + "]",
                            PromptCodes.CONFLICTING_MENTIONS,
                            "element " + first.id() + " is mentioned as \"" + first.name() + "\" (" + first.kind()
                                    + ") and as \"" + mention.name() + "\" (" + mention.kind()
                                    + "); mention it the same way each time");
                });
    }
}
