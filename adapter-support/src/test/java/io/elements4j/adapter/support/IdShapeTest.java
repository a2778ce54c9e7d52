package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An id shape answers exactly as its pattern does, whether it is checked by its table or by the pattern, for every
 * string: the table is an optimisation, never a second opinion.
 */
class IdShapeTest {

    private static final String ALPHABET = "aAuozZ09_-.:/ é{}[]+*";
    private static final int MAX_LENGTH = 48;

    @ParameterizedTest
    @ValueSource(
            strings = {
                // The shapes the adapters use.
                "[A-Za-z0-9_-]+",
                "task-unified-[A-Za-z0-9-]+",
                "[A-Za-z0-9][A-Za-z0-9_.:-]*",
                "[uo]_[A-Za-z0-9]{1,40}",
                // And their kind.
                "[uo]_[A-Za-z0-9]{3}",
                "ab-c",
                "a+",
                "[-a]*",
                "[a-]{2,5}",
                "[_-z]+"
            })
    void a_table_shape_answers_as_its_pattern_for_every_string(String regex) {
        IdShape shape = IdShape.of("id", regex, MAX_LENGTH, "an id");
        assertThat(IdShape.Table.of(regex))
                .as("%s is checked by a table", regex)
                .isNotEmpty();

        assertAgreesWithPattern(shape, regex);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[a-z]+x",
                "[a-z]+[0-9]",
                "(u|o)_[a-z]+",
                "[^a]+",
                "\\d+",
                "a.b",
                "[a-c-e]+",
                "[a-z]+?",
                "[a-z]{2,}",
                "[a-z"
            })
    void any_other_pattern_is_matched_by_the_pattern_itself(String regex) {
        assertThat(IdShape.Table.of(regex))
                .as("%s is left to the pattern", regex)
                .isEmpty();
        if (!regex.equals("[a-z")) {
            assertAgreesWithPattern(IdShape.of("id", regex, MAX_LENGTH, "an id"), regex);
        }
    }

    @Test
    void a_pattern_compiled_with_flags_is_left_to_the_pattern() {
        IdShape shape = new IdShape("id", Pattern.compile("[a-z]+", Pattern.CASE_INSENSITIVE), 10, "letters");

        assertThat(shape.fits("ABC")).isTrue();
    }

    @Test
    void refuses_an_id_longer_than_its_length_before_looking_at_a_character() {
        IdShape shape = IdShape.of("task_id", "[A-Za-z0-9_-]+", 8, "a Kling task id");

        assertThat(shape.fits("abcdefgh")).isTrue();
        assertThat(shape.fits("abcdefghi")).isFalse();
        assertThat(shape.fits("")).isFalse();
        assertThat(shape.fits(null)).isFalse();
        assertThat(shape.problem("abcdefghi"))
                .contains("task_id 'abcdefghi' is not a Kling task id (at most 8 characters)");
    }

    @Test
    void keeps_the_parts_it_was_made_of_and_says_them() {
        Pattern pattern = Pattern.compile("[a-z]+");
        IdShape shape = new IdShape("id", pattern, 10, "letters");

        assertThat(shape.pattern()).isSameAs(pattern);
        assertThat(shape).isEqualTo(new IdShape("id", pattern, 10, "letters"));
        assertThat(shape).isNotEqualTo(new IdShape("id", Pattern.compile("[a-z]+"), 10, "letters"));
        assertThat(shape.toString()).isEqualTo("IdShape[what=id, pattern=[a-z]+, maxLength=10, looksLike=letters]");
        assertThatThrownBy(() -> new IdShape("id", pattern, 0, "letters"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxLength");
    }

    private static void assertAgreesWithPattern(IdShape shape, String regex) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(regex.hashCode());
        String[] prefixes = {"", "task-unified-", "u_", "o_", "ab-c", "a"};
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder id = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = random.nextInt(random.nextBoolean() ? 6 : MAX_LENGTH + 4);
            // Mostly characters the usual classes allow, so that matches are common enough to be checked too.
            String alphabet = random.nextInt(4) == 0 ? ALPHABET : "abcxyzABZ0189_-";
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = id.toString();
            boolean expected = !candidate.isEmpty()
                    && candidate.length() <= MAX_LENGTH
                    && pattern.matcher(candidate).matches();
            assertThat(shape.fits(candidate))
                    .as("%s against %s", candidate, regex)
                    .isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("strings of %s's shape among those tried", regex).isGreaterThan(20);
    }
}
