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
}
