package io.elements4j.domain.prompt;

import io.elements4j.domain.element.ElementId;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A prompt written in one vendor's syntax, with the elements it references.
 *
 * @param text        the prompt text to send
 * @param elementList the element ids in the order the vendor numbers them: {@code element_1} is the first
 * @param syntax      the syntax {@code text} is written in
 */
public record RenderedPrompt(String text, Seq<ElementId> elementList, PromptSyntax syntax) {

    /**
     * Creates the value, checking every component.
     */
    public RenderedPrompt {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(elementList, "elementList");
        Objects.requireNonNull(syntax, "syntax");
        elementList = List.ofAll(elementList);
    }

    /**
     * The request fields that go with an {@link PromptSyntax#AT_INDEX} prompt: {@code element_1 -> id}, in order.
     * Empty for the other syntaxes, whose vendors take an element list instead, so that no stray field is sent.
     *
     * @return the request fields that go with an {@link PromptSyntax#AT_INDEX} prompt: {@code element_1 -> id}, in order
     */
    public LinkedHashMap<String, String> elementFields() {
        if (syntax != PromptSyntax.AT_INDEX) {
            return LinkedHashMap.empty();
        }
        return LinkedHashMap.ofEntries(elementList
                .zipWithIndex()
                .map(idAndIndex -> Tuple.of("element_" + (idAndIndex._2 + 1), idAndIndex._1.value())));
    }

    /**
     * The request's {@code contents[]} items for the elements, for an {@link PromptSyntax#AT_CONTENT_ID} prompt, in
     * order: the N-th is {@code {"type": "element", "element_id": <the N-th id>, "id": "element_N"}}, which the prompt
     * writes {@code @element_N}. Empty for the other syntaxes, whose vendors take an element list or fields instead.
     *
     * @return the element items of {@code contents[]}
     */
    public Seq<ElementContent> contents() {
        if (syntax != PromptSyntax.AT_CONTENT_ID) {
            return List.empty();
        }
        return elementList
                .zipWithIndex()
                .map(idAndIndex -> new ElementContent(idAndIndex._1, "element_" + (idAndIndex._2 + 1)));
    }

    /**
     * An item of a generation request's {@code contents[]} naming an element: {@code {"type": "element",
     * "element_id": …, "id": …}}, the element id written as a string.
     *
     * @param elementId the element
     * @param id        the item's id, which the prompt writes after {@code @}
     */
    public record ElementContent(ElementId elementId, String id) {

        /** Checks both components. */
        public ElementContent {
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(id, "id");
        }

        /**
         * The item's {@code type}.
         *
         * @return {@code element}
         */
        public String type() {
            return "element";
        }
    }
}
