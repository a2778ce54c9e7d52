package io.elements4j.domain.prompt;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Elements and shortcuts the prompt specifications share. */
final class TestElements {

    static final ElementRef HERO = ElementRef.image("101", "Hero");
    static final ElementRef DOG = ElementRef.image("102", "Dog");
    static final ElementRef CAT = ElementRef.image("103", "Cat");
    static final ElementRef DANCER = ElementRef.video("201", "Dancer");

    private TestElements() {}

    /** {@code count} distinct image elements named Element1, Element2, … */
    static Seq<ElementRef> imageElements(int count) {
        return List.rangeClosed(1, count).map(n -> ElementRef.image(String.valueOf(1000 + n), "Element" + n));
    }

    /** A prompt that mentions each of {@code elements} once. */
    static ElementPrompt mentioning(Seq<ElementRef> elements) {
        ElementPrompt.Builder prompt = ElementPrompt.builder().text("Scene with");
        elements.forEach(element -> prompt.text(" ").element(element));
        return prompt.build();
    }

    static ElementPrompt mentioning(ElementRef... elements) {
        return mentioning(List.of(elements));
    }

    static ElementPrompt text(String text) {
        return ElementPrompt.builder().text(text).build();
    }

    static Seq<RuleViolation> violations(Validation<Seq<RuleViolation>, ?> result) {
        return result.isInvalid() ? result.getError() : List.empty();
    }

    static Seq<String> codes(Validation<Seq<RuleViolation>, ?> result) {
        return violations(result).map(RuleViolation::code);
    }
}
