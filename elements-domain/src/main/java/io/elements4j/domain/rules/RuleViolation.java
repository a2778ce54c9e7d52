package io.elements4j.domain.rules;

import java.util.Objects;

/**
 * One broken rule: where ({@code field}, a path such as {@code references.extras[2]}), which rule (a stable
 * {@code code} such as {@code name.too_long} that programs may match on), and a plain-English {@code message}.
 */
public record RuleViolation(String field, String code, String message) {

    /**
     * Creates the value, checking every component.
     *
     * @param code the stable rule code, see {@link io.elements4j.domain.rules.RuleCodes}
     * @param field where in the draft, such as {@code references.extras[2]}
     * @param message a plain-English account of what went wrong
     */
    public RuleViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The rule violation of the given parts.
     *
     * @param code the stable rule code, see {@link io.elements4j.domain.rules.RuleCodes}
     * @param field where in the draft, such as {@code references.extras[2]}
     * @param message a plain-English account of what went wrong
     * @return the rule violation of the given parts
     */
    public static RuleViolation of(String field, String code, String message) {
        return new RuleViolation(field, code, message);
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + code + "]";
    }
}
