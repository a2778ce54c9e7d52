package io.elements4j.domain.prompt;

import java.util.Objects;

/** One piece of an {@link ElementPrompt}: text written by the user, or a mention of an element. */
public sealed interface PromptPart {

    /** Text copied into the rendered prompt as it is. */
    record Text(String text) implements PromptPart {
        /**
         * Creates the value, checking every component.
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A place where the vendor's reference to {@code element} goes. */
    record Mention(ElementRef element) implements PromptPart {
        /**
         * Creates the value, checking every component.
         */
        public Mention {
            Objects.requireNonNull(element, "element");
        }
    }
}
