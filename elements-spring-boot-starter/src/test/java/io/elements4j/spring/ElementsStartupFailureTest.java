package io.elements4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.elements4j.client.Elements;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A misconfigured app fails at start-up with Boot's failure analysis, naming what to set, never a value. */
class ElementsStartupFailureTest {

    private static final VendorSimulator vendor = Sandboxes.start("useapi");

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElementsAutoConfiguration.class));

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new ElementsFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("the failure is analysed").isNotNull();
        return analysis;
    }

    @Test
    void no_key_and_no_sandbox_names_both_property_forms_and_the_adapters_variable() {
        assumeTrue(
                System.getenv("USEAPI_TOKEN") == null && System.getenv("ELEMENTS_USEAPI_API_KEY") == null,
                "this machine sets a useapi token");
        runner.run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("useapi", "api-key is not set");
            assertThat(analysis.getAction())
                    .contains("elements.config.api-key", "elements.useapi.api-key", "USEAPI_TOKEN", "@ElementsSandbox");
        });
    }

    @Test
    void an_unresolved_placeholder_is_refused_naming_the_variable_without_the_value() {
        runner.withPropertyValues(
                        "elements.config.base-url=" + vendor.baseUrl(),
                        "elements.config.api-key=privatepart-${USEAPI_API_TOKEN_NOT_SET_ANYWHERE}")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription())
                            .contains("elements.config.api-key", "${USEAPI_API_TOKEN_NOT_SET_ANYWHERE} is not set")
                            .doesNotContain("privatepart");
                    assertThat(analysis.getAction()).contains("USEAPI_TOKEN").doesNotContain("privatepart");
                    assertThat(vendor.journal()).as("nothing was sent").isEmpty();
                });
    }

    @Test
    void a_blank_secret_is_refused_rather_than_read_as_unset() {
        runner.withPropertyValues("elements.config.base-url=" + vendor.baseUrl(), "elements.useapi.api-key= ")
                .run(context ->
                        assertThat(analysis(context).getDescription()).contains("elements.useapi.api-key", "blank"));
    }

    @Test
    void the_two_forms_set_to_different_values_are_refused_without_either_value() {
        runner.withPropertyValues(
                        "elements.config.base-url=" + vendor.baseUrl(),
                        "elements.config.api-key=first-secret-value",
                        "elements.useapi.api-key=second-secret-value")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription())
                            .contains("elements.config.api-key", "elements.useapi.api-key", "different values");
                    assertThat(analysis.getDescription() + analysis.getAction())
                            .doesNotContain("first-secret-value")
                            .doesNotContain("second-secret-value");
                });
    }

    @Test
    void the_provider_form_the_messages_name_is_read() {
        String[] providerForm = vendor.configuration().toJavaMap().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        runner.withPropertyValues(providerForm).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Elements.class)
                            .list(ElementFilter.all(), PageRequest.first(1))
                            .isRight())
                    .isTrue();
        });
    }

    @Test
    void an_unknown_provider_is_answered_with_the_property_and_the_ids_found() {
        runner.withPropertyValues("elements.provider=nosuchvendor").run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("nosuchvendor");
            assertThat(analysis.getAction()).contains("elements.provider", "ELEMENTS_PROVIDER", "useapi");
        });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_real_start_up_reports_the_analysis_instead_of_a_stack_trace(CapturedOutput output) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(
                Map.of("elements.config.base-url", vendor.baseUrl(), "elements.config.api-key", "${UNSET}"));

        assertThatThrownBy(app::run).isInstanceOf(Exception.class);

        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "Description:",
                        "Action:",
                        "elements.config.api-key",
                        "${UNSET} is not set",
                        "USEAPI_TOKEN");
    }

    /** An app with nothing but the starter. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ElementsAutoConfiguration.class)
    static class App {}
}
