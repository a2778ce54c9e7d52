package io.elements4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.broken.BrokenSuiteRuns;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite can fail: each broken provider is caught by the test aimed at its defect. (Real adapters with their
 * callback reading broken are caught too: integration-tests runs those, as it needs the adapters.)
 */
class ConformanceSuiteSelfTest {

    static Stream<Arguments> brokenProviders() {
        return Stream.of(
                Arguments.of(BrokenSuiteRuns.DropsTagsRun.class, "keeps_the_tags_given_on_creation"),
                Arguments.of(
                        BrokenSuiteRuns.ResendsCreatesRun.class, "a_create_cut_off_after_sending_is_never_sent_again"),
                Arguments.of(
                        BrokenSuiteRuns.HidesFailuresRun.class, "a_failed_task_ends_the_wait_at_once_with_TaskFailed"),
                Arguments.of(BrokenSuiteRuns.LeaksSecretsRun.class, "no_error_message_contains_a_secret"),
                Arguments.of(BrokenSuiteRuns.FailsOnBadPollsRun.class, "no_create_is_lost_duplicated_or_misreported"),
                Arguments.of(
                        BrokenSuiteRuns.ResendsCreatesBlindlyRun.class, "no_create_is_lost_duplicated_or_misreported"),
                Arguments.of(
                        BrokenSuiteRuns.KeylessListerRun.class, "a_create_cut_off_after_sending_is_never_sent_again"));
    }

    @ParameterizedTest(name = "{0} is caught by {1}")
    @MethodSource("brokenProviders")
    void catches_a_broken_provider_with_the_test_aimed_at_its_defect(Class<?> run, String expectedFailure) {
        assertThat(SuiteRuns.failedTests(run).toJavaList()).contains(expectedFailure);
    }

    /**
     * Without a key, listing recovery is expected (the keyless lister above is caught), unless the conformance class
     * says the listing cannot tell: then a create left ambiguous, sent once, with the draft's key, keeps the contract.
     */
    @Test
    void a_keyless_lister_that_cannot_recover_from_its_listing_keeps_the_idempotency_contract_by_saying_so() {
        assertThat(SuiteRuns.failedTests(
                                BrokenSuiteRuns.KeylessListerThatCannotRecoverRun.class,
                                ElementsConformanceSuite.Idempotency.class)
                        .toJavaList())
                .isEmpty();
    }

    @Test
    void the_reference_provider_fails_nothing() {
        assertThat(SuiteRuns.failedTests(ReferenceProviderConformanceTest.class).toJavaList())
                .isEmpty();
    }
}
