package io.elements4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.client.Elements;
import io.elements4j.domain.query.ElementFilter;
import io.elements4j.domain.query.PageRequest;
import io.elements4j.micrometer.ElementsMetrics;
import io.elements4j.sandbox.Fault;
import io.elements4j.sandbox.Operation;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class ElementsAutoConfigurationTest {

    private static final VendorSimulator vendor = Sandboxes.start("useapi");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ElementsAutoConfiguration.class))
            .withPropertyValues(properties());

    private static String[] properties() {
        return vendor.configuration().toJavaMap().entrySet().stream()
                .map(e -> e.getKey().replace("elements.useapi.", "elements.config.") + "=" + e.getValue())
                .toArray(String[]::new);
    }

    @BeforeEach
    void reset() {
        vendor.reset();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    @Test
    void builds_an_elements_bean_from_properties_with_the_provider_on_the_class_path() {
        runner.withPropertyValues("elements.call-timeout=30s", "elements.await.timeout=5m")
                .run(context -> {
                    Elements elements = context.getBean(Elements.class);
                    assertThat(elements.provider().id()).isEqualTo("useapi");
                    assertThat(elements.list(ElementFilter.all(), PageRequest.first(10))
                                    .isRight())
                            .isTrue();
                    assertThat(vendor.count(Operation.LIST)).isEqualTo(1);
                });
    }

    @Test
    void maps_the_properties_to_the_librarys_key_names() {
        ElementsProperties properties = new ElementsProperties();
        properties.getConfig().put("api-key", "k");
        properties.setReadTimeout(Duration.ofSeconds(7));
        properties.setMaxRetries(0);
        properties.getAwait().setTimeout(Duration.ofMinutes(3));

        assertThat(ElementsAutoConfiguration.config("useapi", properties, Map.of("elements.useapi.api-key", "k")))
                .containsEntry("elements.useapi.api-key", "k")
                .containsEntry("elements.useapi.read-timeout", "PT7S")
                .containsEntry("elements.useapi.max-retries", "0");
        assertThat(ElementsAutoConfiguration.awaitOptions(properties.getAwait()).timeout())
                .isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void a_users_own_elements_bean_replaces_the_auto_configured_one() {
        runner.withBean(
                        "mine",
                        Elements.class,
                        () -> Elements.builder()
                                .provider("useapi")
                                .config(vendor.configuration().toJavaMap())
                                .build())
                .run(context -> {
                    assertThat(context).hasSingleBean(Elements.class);
                    assertThat(context).hasBean("mine").doesNotHaveBean("elements");
                });
    }

    @Test
    void a_wrong_provider_fails_the_context_saying_what_is_on_the_class_path() {
        runner.withPropertyValues("elements.provider=evolink")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("evolink")
                        .hasMessageContaining("useapi"));
    }

    @Test
    void the_health_indicator_is_up_when_the_vendor_accepts_the_credentials_and_caches_its_answer() {
        runner.run(context -> {
            ElementsHealthIndicator health = context.getBean(ElementsHealthIndicator.class);
            Health first = health.health();
            Health second = health.health();

            assertThat(first.getStatus()).isEqualTo(Status.UP);
            assertThat(first.getDetails()).containsEntry("provider", "useapi");
            assertThat(second).isSameAs(first);
            assertThat(vendor.journal()).as("one call for two probes").hasSize(1);
        });
    }

    @Test
    void the_health_indicator_says_vendor_down_when_the_vendor_refuses_the_credentials_and_shows_no_secret() {
        runner.withPropertyValues("elements.config.api-key=sk-wrong-secret-value")
                .run(context -> {
                    Health health =
                            context.getBean(ElementsHealthIndicator.class).health();

                    assertThat(health.getStatus())
                            .as("not DOWN: the app itself is fine")
                            .isEqualTo(ElementsHealthIndicator.VENDOR_DOWN);
                    assertThat(health.getDetails()).containsEntry("reason", "the vendor refused the credentials");
                    assertThat(health.toString()).doesNotContain("sk-wrong-secret-value");
                });
    }

    @Test
    void an_app_that_opts_in_gets_down_for_a_vendor_outage() {
        runner.withPropertyValues("elements.config.api-key=sk-wrong-secret-value", "elements.health.affects-app=true")
                .run(context -> assertThat(context.getBean(ElementsHealthIndicator.class)
                                .health()
                                .getStatus())
                        .isEqualTo(Status.DOWN));
    }

    @Test
    void a_vendor_slower_than_the_check_time_limit_is_down_within_that_limit() {
        vendor.injectFault(Operation.LIST, Fault.delay(Duration.ofSeconds(3)), 1);
        runner.withPropertyValues("elements.health.timeout=200ms").run(context -> {
            Health health = context.getBean(ElementsHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(ElementsHealthIndicator.VENDOR_DOWN);
            assertThat(health.getDetails().get("reason")).asString().contains("did not answer within PT0.2S");
        });
    }

    @Test
    void the_health_indicator_can_be_turned_off() {
        runner.withPropertyValues("elements.health.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ElementsHealthIndicator.class));
    }

    @Test
    void records_the_request_timer_when_micrometer_is_present() {
        runner.run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(ElementsMetrics.class).bindTo(registry);

            context.getBean(Elements.class).list(ElementFilter.all(), PageRequest.first(10));

            assertThat(registry.get(ElementsMetrics.REQUESTS)
                            .tags("provider", "useapi", "operation", "list", "outcome", "success")
                            .timer()
                            .count())
                    .isEqualTo(1);
        });
    }

    @Test
    void registers_the_jackson_module_so_a_controller_returns_clean_json() {
        runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .run(context -> {
                    JsonMapper mapper = context.getBean(JsonMapper.class);
                    Elements elements = context.getBean(Elements.class);
                    vendor.seedElements(2);

                    String page = mapper.writeValueAsString(elements.list(ElementFilter.all(), PageRequest.first(10))
                            .get());

                    assertThat(page)
                            .contains("\"elements\":[{\"id\":\"")
                            .contains("\"name\":\"seed-2\"")
                            .doesNotContain("\"defined\"")
                            .doesNotContain("\"empty\"");
                });
    }

    @Test
    void ships_configuration_metadata_so_ides_complete_the_keys() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata)
                    .contains(
                            "\"elements.provider\"",
                            "\"elements.config\"",
                            "\"elements.call-timeout\"",
                            "\"elements.await.timeout\"",
                            "\"elements.health.cache-ttl\"",
                            "api-key");
        }
    }
}
