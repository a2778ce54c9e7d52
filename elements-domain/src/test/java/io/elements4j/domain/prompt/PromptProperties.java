package io.elements4j.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.element.ElementId;
import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PromptProperties {

    private static final Seq<ElementRef> WELL_NAMED = TestElements.imageElements(7);

    private static final Seq<ElementRef> ANY_NAMED = WELL_NAMED.appendAll(List.of(
            ElementRef.video("201", "Dancer"),
            ElementRef.image("202", "dancer"),
            ElementRef.image("203", "a>>>b"),
            ElementRef.image("204", ""),
            ElementRef.image("205", "element_1"),
            ElementRef.image("206", "<odd>"),
            ElementRef.video("1001", "Same id, other kind")));

    @Property(tries = 300)
    void rendering_answers_every_prompt_without_throwing(
            @ForAll("anyPrompt") ElementPrompt prompt,
            @ForAll PromptSyntax syntax,
            @ForAll("anyReferences") GenerationReferences references) {
        Validation<Seq<RuleViolation>, RenderedPrompt> result = prompt.render(syntax, references);

        assertThat(result.isValid() || !result.getError().isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void the_element_list_names_each_mentioned_element_once_in_first_mention_order(
            @ForAll("wellFormedPrompt") ElementPrompt prompt, @ForAll PromptSyntax syntax) {
        Seq<ElementId> list =
                prompt.render(syntax, GenerationReferences.none()).get().elementList();
        Seq<ElementId> mentioned = prompt.mentions().map(ElementRef::id);

        assertThat(list.distinct()).isEqualTo(list);
        assertThat(list.size()).isEqualTo(mentioned.distinct().size());
        assertThat(list).isEqualTo(mentioned.distinct());
    }

    @Property(tries = 300)
    void every_element_number_in_the_text_is_a_place_in_the_list(@ForAll("wellFormedPrompt") ElementPrompt prompt) {
        RenderedPrompt rendered = prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                .get();

        Seq<Integer> numbers = numbers(Pattern.compile("<<<element_(\\d+)>>>"), rendered.text());
        assertThat(numbers.distinct().size()).isEqualTo(rendered.elementList().size());
        assertThat(HashSet.ofAll(numbers))
                .isEqualTo(HashSet.rangeClosed(1, rendered.elementList().size()));
    }

    @Property(tries = 300)
    void the_useapi_fields_are_exactly_the_elements_the_text_references(
            @ForAll("wellFormedPrompt") ElementPrompt prompt) {
        RenderedPrompt rendered = prompt.render(PromptSyntax.AT_INDEX, GenerationReferences.none())
                .get();

        Seq<String> referenced =
                numbers(Pattern.compile("@element_(\\d+)"), rendered.text()).map(n -> "element_" + n);
        assertThat(HashSet.ofAll(referenced))
                .isEqualTo(rendered.elementFields().keySet().toSet());
    }

    // The guarantee users rely on: whatever they type, an accepted prompt references exactly what they mentioned.
    @Property(tries = 500)
    void an_accepted_prompt_holds_one_reference_per_mention_and_no_other(
            @ForAll("anyPrompt") ElementPrompt prompt, @ForAll PromptSyntax syntax) {
        Validation<Seq<RuleViolation>, RenderedPrompt> result = prompt.render(syntax, GenerationReferences.none());
        if (result.isInvalid()) {
            return;
        }
        Pattern reference = switch (syntax) {
            case AT_INDEX, AT_CONTENT_ID -> Pattern.compile("(?i)@element_\\d+");
            case TRIPLE_ANGLE_INDEX -> Pattern.compile("(?i)<<<\\s*element_\\d+\\s*>>>");
            case TRIPLE_ANGLE_NAME -> Pattern.compile("<<<.*?>>>", Pattern.DOTALL);
        };
        assertThat(countMatches(reference, result.get().text()))
                .isEqualTo(prompt.mentions().size());
    }

    @Provide
    Arbitrary<ElementPrompt> anyPrompt() {
        Arbitrary<String> tricky = Arbitraries.of(
                "<<<",
                ">>>",
                "<",
                ">",
                "@element_",
                "@element_2",
                "<<<element_1>>>",
                "<<<image_1>>>",
                "0",
                "s",
                " ",
                "{{",
                "\n");
        Arbitrary<PromptPart> text =
                Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20), tricky).map(PromptPart.Text::new);
        Arbitrary<PromptPart> mention = Arbitraries.of(ANY_NAMED.toJavaList()).map(PromptPart.Mention::new);
        return Arbitraries.oneOf(text, mention).list().ofMaxSize(12).map(parts -> new ElementPrompt(List.ofAll(parts)));
    }

    @Provide
    Arbitrary<ElementPrompt> wellFormedPrompt() {
        Arbitrary<PromptPart> text = Arbitraries.strings()
                .withChars("abc ,.")
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(words -> new PromptPart.Text(" " + words + " "));
        Arbitrary<PromptPart> mention = Arbitraries.of(WELL_NAMED.toJavaList()).map(PromptPart.Mention::new);
        return Arbitraries.oneOf(text, mention)
                .list()
                .ofMaxSize(15)
                .map(parts -> new ElementPrompt(
                        List.<PromptPart>of(new PromptPart.Text("Scene ")).appendAll(parts)));
    }

    @Provide
    Arbitrary<GenerationReferences> anyReferences() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as(GenerationReferences::new);
    }

    private static Seq<Integer> numbers(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        List<Integer> numbers = List.empty();
        while (match.find()) {
            numbers = numbers.append(Integer.parseInt(match.group(1)));
        }
        return numbers;
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        int count = 0;
        while (match.find()) {
            count++;
        }
        return count;
    }
}
