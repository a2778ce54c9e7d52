package io.elements4j.domain.prompt;

import static io.elements4j.domain.prompt.TestElements.DOG;
import static io.elements4j.domain.prompt.TestElements.HERO;
import static io.elements4j.domain.prompt.TestElements.codes;
import static io.elements4j.domain.prompt.TestElements.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing a prompt as text with <code>{{key}}</code> placeholders for the elements. */
class PromptTemplateTest {

    private static final Map<String, ElementRef> CAST = Map.of("hero", HERO, "dog", DOG);

    @Test
    void replaces_placeholders_with_mentions() {
        ElementPrompt prompt = ElementPrompt.template("{{hero}} hugs {{dog}}, then {{hero}} laughs", CAST)
                .get();

        assertThat(prompt)
                .isEqualTo(ElementPrompt.builder()
                        .element(HERO)
                        .text(" hugs ")
                        .element(DOG)
                        .text(", then ")
                        .element(HERO)
                        .text(" laughs")
                        .build());
        assertThat(prompt.render(PromptSyntax.TRIPLE_ANGLE_INDEX, GenerationReferences.none())
                        .get()
                        .text())
                .isEqualTo("<<<element_1>>> hugs <<<element_2>>>, then <<<element_1>>> laughs");
    }

    @Test
    void accepts_vavr_bindings_too() {
        assertThat(ElementPrompt.template("{{dog}} runs", HashMap.of("dog", DOG))
                        .get()
                        .elements())
                .containsExactly(DOG);
    }

    @Test
    void allows_space_inside_the_braces() {
        assertThat(ElementPrompt.template("{{ hero }} waves", CAST).get().elements())
                .containsExactly(HERO);
    }

    @Test
    void an_unused_binding_is_fine() {
        assertThat(ElementPrompt.template("{{dog}} sleeps", CAST).get().elements())
                .containsExactly(DOG);
    }

    @Test
    void a_template_without_placeholders_is_plain_text() {
        assertThat(ElementPrompt.template("A quiet beach", CAST).get().parts())
                .containsExactly(new PromptPart.Text("A quiet beach"));
    }

    @Test
    void rejects_an_unknown_placeholder_and_lists_the_bound_names() {
        assertThat(violations(ElementPrompt.template("{{hero}} meets {{villain}}", CAST)))
                .containsExactly(RuleViolation.of(
                        "prompt",
                        PromptCodes.UNKNOWN_PLACEHOLDER,
                        "unknown placeholder {{villain}} at character 16; bound names: dog, hero"));
    }

    @Test
    void counts_the_position_in_characters_as_an_editor_shows_them() {
        assertThat(violations(ElementPrompt.template("🐕 {{villain}}", CAST)).map(RuleViolation::message))
                .containsExactly("unknown placeholder {{villain}} at character 3; bound names: dog, hero");
    }

    @Test
    void reports_every_unknown_placeholder() {
        assertThat(codes(ElementPrompt.template("{{villain}} and {{}} and {{Hero}}", CAST)))
                .containsExactly(
                        PromptCodes.UNKNOWN_PLACEHOLDER,
                        PromptCodes.UNKNOWN_PLACEHOLDER,
                        PromptCodes.UNKNOWN_PLACEHOLDER);
    }

    @Test
    void rejects_an_unclosed_placeholder() {
        assertThat(violations(ElementPrompt.template("{{hero}} hugs {{dog", CAST)))
                .containsExactly(RuleViolation.of(
                        "prompt",
                        PromptCodes.UNCLOSED_PLACEHOLDER,
                        "placeholder {{dog at character 15 is never closed with }}; write \\{{ for a literal {{"));
    }

    @Test
    void a_backslash_escapes_double_braces() {
        ElementPrompt prompt =
                ElementPrompt.template("\\{{hero}} is {{hero}}", CAST).get();

        assertThat(prompt.parts()).containsExactly(new PromptPart.Text("{{hero}} is "), new PromptPart.Mention(HERO));
    }

    @Test
    void single_braces_and_lone_closers_are_text() {
        assertThat(ElementPrompt.template("{a} }} {{dog}}", CAST).get().parts())
                .containsExactly(new PromptPart.Text("{a} }} "), new PromptPart.Mention(DOG));
    }
}
