package io.elements4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.elements4j.conformance.broken.BrokenSuiteRuns;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.jupiter.api.Test;

/** The suite can fail: each broken provider is caught by the test aimed at its defect, and only by expected ones. */
class ConformanceSuiteSelfTest {

    /** Runs a suite class and returns the names of the test methods that failed. */
    static Seq<String> failedTests(Class<?> suite) {
        return failedTests(suite, selectClass(suite));
    }

    /** Runs one group (a nested class) of a suite class, for a defect only that group can show. */
    static Seq<String> failedTests(Class<?> suite, Class<?> group) {
        return failedTests(suite, org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass(
                java.util.List.of(suite), group));
    }

    private static Seq<String> failedTests(Class<?> suite, org.junit.platform.engine.DiscoverySelector selector) {
        java.util.List<String> failed = new java.util.ArrayList<>();
        java.util.List<String> succeeded = new java.util.ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && id.getSource().orElse(null) instanceof org.junit.platform.engine.support.descriptor.MethodSource method) {
                    // ABORTED is a test skipped by its capability assumption: neither passed nor failed.
                    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                        failed.add(method.getMethodName());
                    } else if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                        succeeded.add(method.getMethodName());
                    }
                }
            }
        };
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selector).build(), listener);
        assertThat(succeeded).as("tests that ran and passed for %s", suite.getSimpleName()).isNotEmpty();
        return List.ofAll(failed);
    }

    static Stream<Arguments> brokenProviders() {
        return Stream.of(
                Arguments.of(BrokenSuiteRuns.DropsTagsRun.class, "keeps_the_tags_given_on_creation"),
                Arguments.of(BrokenSuiteRuns.ResendsCreatesRun.class, "a_create_cut_off_after_sending_is_never_sent_again"),
                Arguments.of(BrokenSuiteRuns.HidesFailuresRun.class, "a_failed_task_ends_the_wait_at_once_with_TaskFailed"),
                Arguments.of(BrokenSuiteRuns.LeaksSecretsRun.class, "no_error_message_contains_a_secret"),
                Arguments.of(BrokenSuiteRuns.FailsOnBadPollsRun.class, "no_create_is_lost_duplicated_or_misreported"),
                Arguments.of(BrokenSuiteRuns.ResendsCreatesBlindlyRun.class, "no_create_is_lost_duplicated_or_misreported"));
    }

    @ParameterizedTest(name = "{0} is caught by {1}")
    @MethodSource("brokenProviders")
    void catches_a_broken_provider_with_the_test_aimed_at_its_defect(Class<?> run, String expectedFailure) {
        Seq<String> failed = failedTests(run);

        assertThat(failed.toJavaList()).contains(expectedFailure);
    }

    static Stream<Arguments> brokenCallbackReaders() {
        return Stream.of(
                Arguments.of(BrokenSuiteRuns.IgnoresCallbackSignaturesRun.class,
                        "a_tampered_stale_or_unsigned_callback_is_refused"),
                Arguments.of(BrokenSuiteRuns.ReadsNoCallbacksRun.class, "a_create_with_a_callback_completes_without_a_poll"));
    }

    /** A real adapter with its callback reading broken: the callbacks group alone (the rest is the adapter's). */
    @ParameterizedTest(name = "{0} is caught by {1}")
    @MethodSource("brokenCallbackReaders")
    void catches_a_broken_callback_reader_in_the_callbacks_group(Class<?> run, String expectedFailure) {
        Seq<String> failed = failedTests(run, ElementsConformanceSuite.Callbacks.class);

        assertThat(failed.toJavaList()).contains(expectedFailure);
    }

    @Test
    void the_reference_provider_fails_nothing() {
        assertThat(failedTests(ReferenceProviderConformanceTest.class).toJavaList()).isEmpty();
    }
}
