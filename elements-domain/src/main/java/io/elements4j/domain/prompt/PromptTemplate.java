package io.elements4j.domain.prompt;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/** Reads <code>{{key}}</code> templates into an {@link ElementPrompt}. */
final class PromptTemplate {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final String ESCAPED_OPEN = "\\{{";

    private PromptTemplate() {}

    static Validation<Seq<RuleViolation>, ElementPrompt> parse(String template, Map<String, ElementRef> bindings) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(bindings, "bindings");
        ElementPrompt.Builder prompt = ElementPrompt.builder();
        List<RuleViolation> violations = List.empty();
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            if (template.startsWith(ESCAPED_OPEN, at)) {
                text.append(OPEN);
                at += ESCAPED_OPEN.length();
            } else if (template.startsWith(OPEN, at)) {
                int close = template.indexOf(CLOSE, at + OPEN.length());
                if (close < 0) {
                    violations = violations.append(unclosed(template, at));
                    break;
                }
                String key = template.substring(at + OPEN.length(), close).strip();
                Option<ElementRef> bound = bindings.get(key);
                if (bound.isDefined()) {
                    prompt.text(text.toString()).element(bound.get());
                    text.setLength(0);
                } else {
                    String placeholder = template.substring(at, close + CLOSE.length());
                    violations = violations.append(unknown(placeholder, characterNumber(template, at), bindings));
                }
                at = close + CLOSE.length();
            } else {
                text.append(template.charAt(at));
                at++;
            }
        }
        prompt.text(text.toString());
        return violations.isEmpty() ? Validation.valid(prompt.build()) : Validation.invalid(violations);
    }

    private static RuleViolation unclosed(String template, int at) {
        return RuleViolation.of(
                "prompt",
                PromptCodes.UNCLOSED_PLACEHOLDER,
                "placeholder " + excerpt(template.substring(at)) + " at character " + characterNumber(template, at)
                        + " is never closed with }}; write \\{{ for a literal {{");
    }

    private static RuleViolation unknown(String placeholder, int characterNumber, Map<String, ElementRef> bindings) {
        String known = bindings.isEmpty()
                ? "no names are bound"
                : "bound names: " + bindings.keySet().toSortedSet().mkString(", ");
        return RuleViolation.of(
                "prompt",
                PromptCodes.UNKNOWN_PLACEHOLDER,
                "unknown placeholder " + placeholder + " at character " + characterNumber + "; " + known);
    }

    // Counted in code points from 1, as an editor shows it, so an emoji earlier in the template does not shift it.
    private static int characterNumber(String template, int index) {
        return template.codePointCount(0, index) + 1;
    }

    private static String excerpt(String rest) {
        int end = rest.offsetByCodePoints(0, Math.min(20, rest.codePointCount(0, rest.length())));
        return rest.substring(0, end) + (end < rest.length() ? "…" : "");
    }
}
