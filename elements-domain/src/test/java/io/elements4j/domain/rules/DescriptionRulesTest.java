package io.elements4j.domain.rules;

import static io.elements4j.domain.rules.DraftBuilder.aPhotoDraft;
import static io.elements4j.domain.rules.Vendors.codes;
import static io.elements4j.domain.rules.Vendors.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptionRulesTest {

    static Stream<Named<RuleProfile>> requiringADescription() {
        return Stream.of(RuleProfiles.KLING_OFFICIAL, RuleProfiles.EVOLINK, RuleProfiles.GMI_CLOUD)
                .map(Vendors::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void accepts_a_description_of_one_hundred_characters(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().describedAs("d".repeat(100)), vendor)).isEmpty();
        assertThat(codes(aPhotoDraft().describedAs("\uD83D\uDC57".repeat(100)), vendor))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.elements4j.domain.rules.Vendors#all")
    void rejects_a_description_of_one_hundred_and_one_characters(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().describedAs("d".repeat(101)), vendor))
                .containsExactly(RuleCodes.DESCRIPTION_TOO_LONG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiringADescription")
    void requires_a_description_on_kling_evolink_and_the_request_queue(RuleProfile vendor) {
        assertThat(codes(aPhotoDraft().withoutDescription(), vendor)).containsExactly(RuleCodes.DESCRIPTION_REQUIRED);
        assertThat(codes(aPhotoDraft().describedAs(""), vendor)).containsExactly(RuleCodes.DESCRIPTION_REQUIRED);
        assertThat(codes(aPhotoDraft().describedAs(" ".repeat(101)), vendor))
                .containsExactly(RuleCodes.DESCRIPTION_REQUIRED);
    }

    @Test
    void lets_useapi_write_the_description_itself() {
        assertThat(codes(aPhotoDraft().withoutDescription(), RuleProfiles.USEAPI))
                .isEmpty();
    }

    @Test
    void says_the_description_is_missing_and_who_requires_it() {
        assertThat(violations(aPhotoDraft().withoutDescription().build(), RuleProfiles.EVOLINK))
                .containsExactly(RuleViolation.of(
                        "description", RuleCodes.DESCRIPTION_REQUIRED, "description is missing; evolink requires one"));
        assertThat(violations(aPhotoDraft().describedAs("d".repeat(101)).build(), RuleProfiles.USEAPI)
                        .map(RuleViolation::message))
                .containsExactly("description has 101 characters; useapi allows at most 100");
    }
}
