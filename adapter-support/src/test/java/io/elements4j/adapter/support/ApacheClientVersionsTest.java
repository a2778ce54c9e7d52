package io.elements4j.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.elements4j.adapter.support.ApacheClientVersions.Found;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start-up check of the class path's Apache HttpClient; the real lines are ApacheTransportOnEveryHttpClientLineTest's. */
class ApacheClientVersionsTest {

    @ParameterizedTest(name = "{0} older than 5.4: {1}")
    @CsvSource({
        "5.3.1, true",
        "5.2-beta1, true",
        "4.5.14, true",
        "5.4, false",
        "5.4.4, false",
        "5.6-alpha1, false",
        "5.10.2, false",
        "6.0.0, false",
        "snapshot, false",
        "5, false"
    })
    void tells_a_line_before_the_minimum_by_its_numbers_not_its_text(String version, boolean older) {
        assertThat(ApacheClientVersions.olderThan(version, ApacheClientVersions.MINIMUM_CLIENT))
                .isEqualTo(older);
    }

    @Test
    void what_spring_boot_4_0_and_4_1_manage_is_accepted() {
        assertThat(ApacheClientVersions.problem(found("5.5.2", "5.3.6"), "acme"))
                .isEmpty();
        assertThat(ApacheClientVersions.problem(found("5.6.1", "5.4.2"), "acme"))
                .isEmpty();
    }

    @Test
    void a_client_too_old_is_refused_naming_both_versions_the_minimum_and_both_ways_out() {
        String problem =
                ApacheClientVersions.problem(found("5.3.1", "5.2.4"), "acme").get();

        assertThat(problem)
                .contains(
                        "httpclient5 5.3.1 and httpcore5 5.2.4",
                        "needs Apache HttpClient 5.4 or later",
                        "httpclient5.version",
                        "httpcore5.version",
                        "elements.acme.http-client=jdk",
                        "ELEMENTS_ACME_HTTP_CLIENT=jdk");
    }

    @Test
    void a_supported_client_on_a_core_too_old_is_refused_too() {
        assertThat(ApacheClientVersions.problem(found("5.4.4", "5.2.4"), "acme").get())
                .contains("httpcore5 5.2.4", "httpcore5 5.3+");
    }

    @Test
    void a_client_without_version_metadata_is_let_through() {
        assertThat(ApacheClientVersions.problem(new Found(Option.none(), Option.none(), false), "acme"))
                .isEmpty();
    }

    @Test
    void no_client_at_all_is_named_as_missing() {
        assertThat(ApacheClientVersions.problem(new Found(Option.none(), Option.none(), true), "acme")
                        .get())
                .contains("httpclient5 is not on the class path");
    }

    @Test
    void reads_the_versions_this_module_is_built_and_tested_with() {
        Found found = ApacheClientVersions.onClassPath();

        assertThat(found.client()).contains(System.getProperty("elements4j.httpclient5.built"));
        assertThat(found.core()).isNotEmpty();
        assertThatCode(() -> ApacheClientVersions.require("acme")).doesNotThrowAnyException();
    }

    private static Found found(String client, String core) {
        return new Found(Option.of(client), Option.of(core), false);
    }
}
