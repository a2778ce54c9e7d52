package io.elements4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a conformance class from inside a test and tells which of its tests failed: the way to show the suite
 * catches a defect, by running it against a deliberately broken variant of a provider and expecting the test aimed
 * at the defect among the failures. Name such a class other than {@code *Test}, so the build does not run it on its
 * own.
 *
 * <pre>{@code
 * assertThat(SuiteRuns.failedTests(DropsTagsRun.class)).contains("keeps_the_tags_given_on_creation");
 * }</pre>
 */
public final class SuiteRuns {

    private SuiteRuns() {}

    /**
     * Runs every test of a conformance class.
     *
     * @param suite a subclass of {@link ElementsConformanceSuite}
     * @return the names of the test methods that failed
     * @throws AssertionError when no test ran and passed at all (the run proved nothing)
     */
    public static Seq<String> failedTests(Class<?> suite) {
        return failedTests(suite, DiscoverySelectors.selectClass(suite));
    }

    /**
     * Runs some groups of a conformance class (nested classes of the suite, such as
     * {@code ElementsConformanceSuite.Callbacks}), for a defect only those groups can show.
     *
     * @param suite a subclass of {@link ElementsConformanceSuite}
     * @param group the nested class to run
     * @param more  more nested classes to run in the same launch
     * @return the names of the test methods that failed
     * @throws AssertionError when no test ran and passed at all (the run proved nothing)
     */
    public static Seq<String> failedTests(Class<?> suite, Class<?> group, Class<?>... more) {
        java.util.List<DiscoverySelector> selectors = new ArrayList<>();
        selectors.add(DiscoverySelectors.selectNestedClass(java.util.List.of(suite), group));
        for (Class<?> each : more) {
            selectors.add(DiscoverySelectors.selectNestedClass(java.util.List.of(suite), each));
        }
        return failedTests(suite, selectors);
    }

    private static Seq<String> failedTests(Class<?> suite, DiscoverySelector selector) {
        return failedTests(suite, java.util.List.of(selector));
    }

    private static Seq<String> failedTests(Class<?> suite, java.util.List<DiscoverySelector> selectors) {
        java.util.List<String> failed = new ArrayList<>();
        java.util.List<String> succeeded = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource method) {
                    // ABORTED is a test skipped by its capability assumption: neither passed nor failed.
                    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                        failed.add(method.getMethodName());
                    } else if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                        succeeded.add(method.getMethodName());
                    }
                }
            }
        };
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectors)
                                .build(),
                        listener);
        assertThat(succeeded)
                .as("tests that ran and passed for %s", suite.getSimpleName())
                .isNotEmpty();
        return List.ofAll(failed);
    }
}
