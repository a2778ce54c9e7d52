package io.elements4j.domain.prompt;

import io.elements4j.domain.element.Element;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A generation prompt that mentions elements, written once and rendered in any vendor's {@link PromptSyntax}.
 *
 * <p>Build one fluently with {@link #builder()} or from a template with {@link #template(String, java.util.Map)}.
 * An element mentioned several times takes one place in the element list, numbered by its first mention.
 *
 * @param parts the text and mentions in order; adjacent texts are joined and empty ones dropped
 */
public record ElementPrompt(Seq<PromptPart> parts) {

    /**
     * Creates the value, checking every component.
     */
    public ElementPrompt {
        Objects.requireNonNull(parts, "parts");
        parts = normalised(parts);
    }

    /**
     * A builder for a new element prompt.
     *
     * @return a builder for a new element prompt
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a template where <code>{{key}}</code> mentions the element bound to {@code key}; write
     * <code>\{{</code> for a literal <code>{{</code>. Bindings the template does not use are fine.
     *
     * @return the prompt, or every unknown or unclosed placeholder
     */
    public static Validation<Seq<RuleViolation>, ElementPrompt> template(
            String template, Map<String, ElementRef> bindings) {
        return PromptTemplate.parse(template, bindings);
    }

    /**
     * As {@link #template(String, io.vavr.collection.Map)}, for a {@code java.util.Map} of bindings.
     *
     * @return as {@link #template(String, io.vavr.collection.Map)}, for a {@code java.util.Map} of bindings
     */
    public static Validation<Seq<RuleViolation>, ElementPrompt> template(
            String template, java.util.Map<String, ElementRef> bindings) {
        Objects.requireNonNull(bindings, "bindings");
        return PromptTemplate.parse(template, LinkedHashMap.ofAll(bindings));
    }

    /**
     * The distinct elements mentioned, in the order of their first mention: the vendor's element list.
     *
     * @return the distinct elements mentioned, in the order of their first mention: the vendor's element list
     */
    public Seq<ElementRef> elements() {
        return mentions().distinctBy(ElementRef::id);
    }

    /** Every mention in order, repeats included. */
    Seq<ElementRef> mentions() {
        return parts.filter(PromptPart.Mention.class::isInstance).map(part -> ((PromptPart.Mention) part).element());
    }

    /**
     * Writes this prompt in {@code syntax} and checks it, with the call's other {@code references}, against the
     * vendor's limits.
     *
     * @return the rendered prompt, or every violation found
     */
    public Validation<Seq<RuleViolation>, RenderedPrompt> render(PromptSyntax syntax, GenerationReferences references) {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(references, "references");
        return PromptRenderer.render(this, syntax, references);
    }

    private static Seq<PromptPart> normalised(Seq<PromptPart> parts) {
        List<PromptPart> joined = List.empty();
        for (PromptPart part : parts) {
            Objects.requireNonNull(part, "part");
            if (part instanceof PromptPart.Text text && text.text().isEmpty()) {
                continue;
            }
            if (part instanceof PromptPart.Text text
                    && !joined.isEmpty()
                    && joined.head() instanceof PromptPart.Text previous) {
                joined = joined.tail().prepend(new PromptPart.Text(previous.text() + text.text()));
            } else {
                joined = joined.prepend(part);
            }
        }
        return joined.reverse();
    }

    /** Collects text and mentions in order; not thread-safe, like {@link StringBuilder}. */
    public static final class Builder {

        private List<PromptPart> parts = List.empty();

        private Builder() {}

        /**
         * Sets the text.
         *
         * @return this builder
         */
        public Builder text(String text) {
            parts = parts.append(new PromptPart.Text(text));
            return this;
        }

        /**
         * Sets the element.
         *
         * @return this builder
         */
        public Builder element(ElementRef element) {
            parts = parts.append(new PromptPart.Mention(element));
            return this;
        }

        /**
         * Sets the element.
         *
         * @return this builder
         */
        public Builder element(Element element) {
            return element(ElementRef.of(element));
        }

        /**
         * Builds the element prompt from what was set.
         *
         * @return the built value
         */
        public ElementPrompt build() {
            return new ElementPrompt(parts);
        }
    }
}
