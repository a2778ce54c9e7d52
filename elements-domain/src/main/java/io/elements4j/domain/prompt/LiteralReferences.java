package io.elements4j.domain.prompt;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.regex.Matcher;

/**
 * Finds what the vendor would read as an element reference in a rendered prompt although no mention put it there:
 * a reference typed as text, or text that runs into a mention and changes it. Either would silently make the
 * vendor use another element, or none.
 */
final class LiteralReferences {

    /** Where a mention was written into the rendered text. */
    record Marker(int start, int end, ElementRef element) {
        boolean sameSpanAs(Matcher match) {
            return start == match.start() && end == match.end();
        }

        boolean overlaps(Matcher match) {
            return start < match.end() && match.start() < end;
        }
    }

    private LiteralReferences() {}

    static Seq<RuleViolation> find(String rendered, Seq<Marker> markers, PromptSyntax syntax) {
        List<RuleViolation> violations = List.empty();
        Matcher match = ReferenceMarkers.readAsReference(syntax).matcher(rendered);
        while (match.find()) {
            if (markers.exists(marker -> marker.sameSpanAs(match))) {
                continue;
            }
            Option<Marker> touched = markers.find(marker -> marker.overlaps(match));
            if (touched.isDefined()) {
                if (!nameAlreadyReported(syntax, touched.get().element())) {
                    violations =
                            violations.append(runOn(match.group(), touched.get().element()));
                }
            } else if (!ReferenceMarkers.isNonElementReference(syntax, match.group())) {
                violations = violations.append(literal(match.group()));
            }
        }
        return violations.distinct();
    }

    private static boolean nameAlreadyReported(PromptSyntax syntax, ElementRef element) {
        return syntax == PromptSyntax.TRIPLE_ANGLE_NAME && ElementNames.isUnusable(element);
    }

    private static RuleViolation runOn(String token, ElementRef element) {
        return RuleViolation.of(
                "prompt",
                PromptCodes.MENTION_RUN_ON,
                "the text next to the mention of element " + element.id() + " (\"" + element.name()
                        + "\") joins it into \"" + token + "\", which reads as a different reference;"
                        + " separate them with a space or punctuation");
    }

    private static RuleViolation literal(String token) {
        return RuleViolation.of(
                "prompt",
                PromptCodes.LITERAL_REFERENCE,
                "the text contains \"" + token + "\", which the vendor would read as an element reference;"
                        + " mention the element instead of typing its reference");
    }
}
