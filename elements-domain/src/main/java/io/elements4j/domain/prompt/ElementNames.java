package io.elements4j.domain.prompt;

import io.elements4j.domain.rules.RuleViolation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether elements can be told apart by name in a {@code <<<name>>>} prompt. */
final class ElementNames {

    // the element API reads <<<element_2>>> as the second element of the list, not as an element named "element_2".
    private static final Pattern NUMBERED =
            Pattern.compile("\\s*(element|image|video)_\\d+\\s*", Pattern.CASE_INSENSITIVE);

    private ElementNames() {}

    static Seq<RuleViolation> check(Seq<ElementRef> elements) {
        Seq<RuleViolation> unusable = elements.zipWithIndex().flatMap(indexed -> unusable(indexed._1, indexed._2));
        return unusable.appendAll(
                ambiguous(elements.filter(element -> whyUnusable(element.name()).isEmpty())));
    }

    static boolean isUnusable(ElementRef element) {
        return whyUnusable(element.name()).isDefined();
    }

    private static Option<RuleViolation> unusable(ElementRef element, int index) {
        return whyUnusable(element.name())
                .map(reason -> RuleViolation.of(
                        elementField(index),
                        PromptCodes.NAME_UNUSABLE,
                        "the name \"" + element.name() + "\" of element " + element.id()
                                + " cannot be written as <<<name>>>: " + reason));
    }

    private static Option<String> whyUnusable(String name) {
        if (name.isBlank()) {
            return Option.some("it is blank");
        }
        if (name.contains("<<<") || name.contains(">>>")) {
            return Option.some("it contains <<< or >>>");
        }
        if (name.startsWith("<") || name.endsWith(">")) {
            return Option.some("a name starting with < or ending with > runs into the brackets");
        }
        if (NUMBERED.matcher(name).matches()) {
            return Option.some("it reads as a numbered reference to an element, image or video");
        }
        return Option.none();
    }

    // Two different elements whose names differ only in case or surrounding space are reported too: a vendor that
    // matches names loosely would silently pick one of them.
    private static Seq<RuleViolation> ambiguous(Seq<ElementRef> elements) {
        List<RuleViolation> violations = List.empty();
        for (int later = 0; later < elements.size(); later++) {
            ElementRef element = elements.get(later);
            Option<ElementRef> earlier = elements.take(later).find(other -> sameName(other, element));
            if (earlier.isDefined()) {
                violations = violations.append(RuleViolation.of(
                        elementField(later),
                        PromptCodes.AMBIGUOUS_NAME,
                        "elements " + earlier.get().id() + " (\""
                                + earlier.get().name() + "\") and " + element.id()
                                + " (\"" + element.name() + "\") have the same name; a <<<name>>> prompt cannot tell"
                                + " them apart"));
            }
        }
        return violations;
    }

    private static boolean sameName(ElementRef one, ElementRef other) {
        return key(one.name()).equals(key(other.name()));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String elementField(int index) {
        return "prompt.elements[" + index + "]";
    }
}
