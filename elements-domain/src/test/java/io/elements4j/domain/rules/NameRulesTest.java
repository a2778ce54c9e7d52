package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameRulesTest {

    private static final String EMOJI = "\uD83D\uDE00";

    /** useapi adds a 5-character suffix, so it takes 15; the others take 20. */
    static Stream<Arguments> nameLimits() {
        return Stream.of(
                arguments(Vendors.named(RuleProfiles.KLING_OFFICIAL), 20),
                arguments(Vendors.named(RuleProfiles.USEAPI), 15),
                arguments(Vendors.named(RuleProfiles.EVOLINK), 20),
                arguments(Vendors.named(RuleProfiles.GMI_CLOUD), 20));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nameLimits")
    void accepts_a_name_exactly_at_the_vendors_limit(RuleProfile vendor, int limit) {
        assertThat(codes(aPhotoDraft().named("a".repeat(limit)), vendor)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nameLimits")
    void rejects_a_name_one_character_over_the_vendors_limit(RuleProfile vendor, int limit) {
        assertThat(codes(aPhotoDraft().named("a".repeat(limit + 1)), vendor)).containsExactly(RuleCodes.NAME_TOO_LONG);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("nameLimits")
    void counts_an_emoji_as_one_character(RuleProfile vendor, int limit) {
        String atLimit = "a".repeat(limit - 1) + EMOJI;
        assertThat(atLimit.length()).isEqualTo(limit + 1);
        assertThat(codes(aPhotoDraft().named(atLimit), vendor)).isEmpty();
        assertThat(codes(aPhotoDraft().named(EMOJI.repeat(limit)), vendor)).isEmpty();
        assertThat(codes(aPhotoDraft().named(EMOJI.repeat(limit + 1)), vendor))
                .containsExactly(RuleCodes.NAME_TOO_LONG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_a_blank_name_once_as_blank_whatever_its_length(RuleProfile vendor) {
        for (String blank : new String[] {"", " ", "\t\n", " ".repeat(40), "\u3000"}) {
            assertThat(codes(aPhotoDraft().named(blank), vendor))
                    .as("%s", blank.length())
                    .containsExactly(RuleCodes.NAME_BLANK);
        }
    }

    @Test
    void says_how_long_the_name_is_and_what_the_vendor_allows() {
        assertThat(violations(aPhotoDraft().named("a".repeat(21)).build(), RuleProfiles.KLING_OFFICIAL))
                .containsExactly(RuleViolation.of(
                        "name", RuleCodes.NAME_TOO_LONG, "name has 21 characters; kling-official allows at most 20"));
    }

    @Test
    void counts_code_points_in_the_message_too() {
        assertThat(violations(aPhotoDraft().named(EMOJI.repeat(16)).build(), RuleProfiles.USEAPI)
                        .map(RuleViolation::message))
                .containsExactly("name has 16 characters; useapi allows at most 15");
    }
}
