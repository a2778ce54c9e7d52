package io.elements4j.domain.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A key is accepted exactly when it is 1-64 of letters, digits, '.', '_', ':' and '-'. */
class IdempotencyKeyProperties {

    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Property(tries = 2000)
    void a_key_is_accepted_exactly_when_the_rule_says_so(@ForAll("keyish") String text) {
        if (RULE.matcher(text).matches()) {
            assertThat(IdempotencyKey.of(text).value()).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> IdempotencyKey.of(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1-64 characters");
        }
    }

    @Property(tries = 200)
    void a_generated_key_is_a_key(@ForAll("nothing") String ignored) {
        IdempotencyKey key = IdempotencyKey.generate();
        assertThat(RULE.matcher(key.value()).matches()).isTrue();
        assertThat(key.value()).startsWith("e4j-").hasSize(30);
    }

    /** Mostly allowed characters, some not (space, '/', 'é', '{'), lengths around the bounds. */
    @Provide
    Arbitrary<String> keyish() {
        return Arbitraries.strings()
                .withChars("aZ09._:-")
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withChars(" /é{+")
                .ofMinLength(0)
                .ofMaxLength(70)
                .edgeCases(
                        edges -> edges.add("x".repeat(64)).add("x".repeat(65)).add(""));
    }

    @Provide
    Arbitrary<String> nothing() {
        return Arbitraries.just("");
    }
}
