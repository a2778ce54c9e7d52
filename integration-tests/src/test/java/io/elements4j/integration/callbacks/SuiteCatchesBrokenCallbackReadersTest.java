package io.elements4j.integration.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.conformance.ElementsConformanceSuite;
import io.elements4j.conformance.SuiteRuns;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite's callbacks group catches a real adapter whose callback reading is broken (the reference provider's
 * vendor does not call back, so this needs adapters whose simulators do): the callbacks group alone, the rest being
 * the adapter's.
 */
class SuiteCatchesBrokenCallbackReadersTest {

    static Stream<Arguments> brokenCallbackReaders() {
        return Stream.of(
                Arguments.of(
                        BrokenCallbackReaders.IgnoresCallbackSignaturesRun.class,
                        "a_tampered_stale_or_unsigned_callback_is_refused"),
                Arguments.of(
                        BrokenCallbackReaders.ReadsNoCallbacksRun.class,
                        "a_create_with_a_callback_completes_without_a_poll"));
    }

    @ParameterizedTest(name = "{0} is caught by {1}")
    @MethodSource("brokenCallbackReaders")
    void catches_a_broken_callback_reader_in_the_callbacks_group(Class<?> run, String expectedFailure) {
        assertThat(SuiteRuns.failedTests(run, ElementsConformanceSuite.Callbacks.class)
                        .toJavaList())
                .contains(expectedFailure);
    }

    /**
     * An adapter that sends the draft's callback URL without its query, so callbacks no longer name their draft, is
     * caught twice: by the callbacks group's lost create, and by the fault group, where made creates stay unknown
     * though they were called back.
     */
    @Test
    void a_provider_whose_callbacks_do_not_name_their_draft_is_caught_by_the_callback_and_fault_groups() {
        Seq<String> failed = SuiteRuns.failedTests(
                BrokenCallbackReaders.IgnoresCallbackDraftRun.class,
                ElementsConformanceSuite.Callbacks.class,
                ElementsConformanceSuite.UnderRandomFaults.class);

        assertThat(failed.toJavaList())
                .contains(
                        "a_create_whose_answer_was_lost_is_found_by_its_callback",
                        "no_create_is_lost_duplicated_or_misreported");
    }
}
