package io.elements4j.spring;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.ElementsProviders;
import io.elements4j.client.waiter.AwaitOptions;
import io.elements4j.jackson.ElementsJacksonModule;
import io.elements4j.jackson3.ElementsJackson3Module;
import io.elements4j.micrometer.ElementsMetrics;
import io.elements4j.ports.observe.ElementsListener;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.time.Backoff;
import io.elements4j.postgres.PostgresFleet;
import io.elements4j.spring.test.SandboxedElements;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * An {@link Elements} bean from the {@code elements.*} properties ({@link ElementsProperties}), with the adapter
 * chosen as everywhere else: {@code elements.provider}, or the only provider on the class path. Every
 * {@link ElementsListener} bean is registered on it and every {@link ElementsBuilderCustomizer} applied. Declare
 * your own {@code Elements} bean to replace it. In a test annotated {@code @ElementsSandbox} it is built for the
 * simulator instead ({@link SandboxedElements}).
 */
@AutoConfiguration
@ConditionalOnClass(Elements.class)
@EnableConfigurationProperties(ElementsProperties.class)
public class ElementsAutoConfiguration {

    /** Created by Spring. */
    public ElementsAutoConfiguration() {}

    /**
     * The facade, closed with the context.
     *
     * @param properties  the {@code elements.*} properties
     * @param environment where {@code elements.<provider>.<key>} properties are read
     * @param listeners   every listener bean
     * @param customizers every customizer bean, in order
     * @param sandbox     in a test with {@code @ElementsSandbox}, the simulator to point at instead of the vendor
     * @return the facade
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Elements elements(
            ElementsProperties properties,
            Environment environment,
            ObjectProvider<ElementsListener> listeners,
            ObjectProvider<ElementsBuilderCustomizer> customizers,
            ObjectProvider<SandboxedElements> sandbox) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader()
                : Elements.class.getClassLoader();
        SandboxedElements sandboxed = sandbox.getIfAvailable();
        Option<String> requested = sandboxed != null
                ? Option.some(sandboxed.providerId())
                : Option.of(properties.getProvider()).map(String::trim).filter(s -> !s.isEmpty());
        ElementsProvider provider = ElementsProviders.select(requested, loader);
        Map<String, String> providerKeys =
                sandboxed != null ? sandboxed.config() : ProviderSettings.read(provider, properties, environment);
        ElementsBuilder builder = Elements.builder()
                .provider(provider)
                .config(config(provider.metadata().id(), properties, providerKeys))
                .awaitDefaults(awaitOptions(properties.getAwait()));
        if (sandboxed != null) {
            sandboxed.applyTime(builder);
        }
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * The properties as the library's full key names ({@code elements.<provider>.<key>}): the provider's keys as
     * read by {@link ProviderSettings}, then the timeouts and retries.
     */
    static Map<String, String> config(
            String providerId, ElementsProperties properties, Map<String, String> providerKeys) {
        Map<String, String> keys = new LinkedHashMap<>(providerKeys);
        put(keys, providerId, "call-timeout", properties.getCallTimeout());
        put(keys, providerId, "connect-timeout", properties.getConnectTimeout());
        put(keys, providerId, "read-timeout", properties.getReadTimeout());
        if (properties.getMaxRetries() != null) {
            keys.put(
                    "elements." + providerId + ".max-retries",
                    properties.getMaxRetries().toString());
        }
        return keys;
    }

    private static void put(Map<String, String> keys, String providerId, String key, Duration value) {
        if (value != null) {
            keys.put("elements." + providerId + "." + key, value.toString());
        }
    }

    static AwaitOptions awaitOptions(ElementsProperties.Await await) {
        AwaitOptions options = AwaitOptions.DEFAULT;
        Backoff backoff = options.backoff();
        if (await.getInitialDelay() != null || await.getMaxDelay() != null) {
            options = options.withBackoff(new Backoff(
                    await.getInitialDelay() != null ? await.getInitialDelay() : backoff.initial(),
                    await.getMaxDelay() != null ? await.getMaxDelay() : backoff.max(),
                    backoff.multiplier(),
                    backoff.jitter()));
        }
        return await.getTimeout() != null ? options.withTimeout(await.getTimeout()) : options;
    }

    /**
     * The facade as one of a fleet on the app's {@code DataSource}, with {@code elements-postgres} on the class path
     * and {@code elements.fleet.enabled=true}: callbacks shared, and the account's limit when {@code
     * elements.fleet.account} and {@code parallel-tasks} are set.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.elements4j.postgres.PostgresFleet")
    @ConditionalOnProperty(prefix = "elements.fleet", name = "enabled", havingValue = "true")
    static class FleetConfiguration {

        /**
         * The fleet, closed with the context after the facade.
         *
         * @param dataSources the app's DataSource
         * @param properties  the {@code elements.fleet.*} properties
         * @return the fleet, its tables created or migrated
         */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        PostgresFleet elementsFleet(ObjectProvider<DataSource> dataSources, ElementsProperties properties) {
            DataSource dataSource = dataSources.getIfUnique(() -> {
                throw new IllegalStateException("elements.fleet.enabled=true needs the app's DataSource (one bean of "
                        + "type javax.sql.DataSource, on PostgreSQL), and there is none or several");
            });
            ElementsProperties.Fleet fleet = properties.getFleet();
            return PostgresFleet.builder(dataSource)
                    .catchUpEvery(fleet.getCatchUp())
                    .leaseFor(fleet.getLease())
                    .build();
        }

        /**
         * Joins the facade to the fleet.
         *
         * @param properties the {@code elements.fleet.*} properties
         * @return the customizer applied to the facade's builder
         */
        @Bean
        ElementsBuilderCustomizer elementsFleetCustomizer(PostgresFleet fleet, ElementsProperties properties) {
            ElementsProperties.Fleet settings = properties.getFleet();
            if ((settings.getAccount() == null) != (settings.getParallelTasks() == null)) {
                throw new IllegalStateException("elements.fleet.account and elements.fleet.parallel-tasks go "
                        + "together: set both to share the account's limit, or neither");
            }
            return builder -> {
                fleet.configure(builder);
                if (settings.getAccount() != null) {
                    builder.concurrencyBudget(fleet.accountBudget(settings.getAccount(), settings.getParallelTasks()));
                }
            };
        }
    }

    /** The callback endpoint, in a Spring MVC app with {@code elements.callbacks.enabled=true}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "elements.callbacks", name = "enabled", havingValue = "true")
    static class CallbackConfiguration {

        /**
         * The endpoint.
         *
         * @param elements   the facade
         * @param properties the {@code elements.*} properties
         * @return the controller serving {@code POST ${elements.callbacks.path}}
         */
        @Bean
        @ConditionalOnMissingBean
        ElementsCallbackController elementsCallbackController(Elements elements, ElementsProperties properties) {
            return new ElementsCallbackController(
                    elements, properties.getCallbacks().getMaxBodyBytes());
        }
    }

    /**
     * Domain values as the CLI's {@code --json} writes them, from controllers and anything else using the app's
     * Jackson 3 mapper: Spring Boot registers every {@code JacksonModule} bean with it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {"tools.jackson.databind.JacksonModule", "io.elements4j.jackson3.ElementsJackson3Module"})
    static class Jackson3Configuration {

        /**
         * The module.
         *
         * @return the Jackson 3 module
         */
        @Bean
        @ConditionalOnMissingBean
        ElementsJackson3Module elementsJackson3Module() {
            return new ElementsJackson3Module();
        }
    }

    /** The same for an app on Jackson 2 (with elements-jackson on the class path). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.Module", "io.elements4j.jackson.ElementsJacksonModule"})
    static class Jackson2Configuration {

        /**
         * The module.
         *
         * @return the Jackson 2 module
         */
        @Bean
        @ConditionalOnMissingBean
        ElementsJacksonModule elementsJacksonModule() {
            return new ElementsJacksonModule();
        }
    }

    /** ElementsException as RFC 9457 problem answers, in a Spring MVC app with {@code elements.web.problem-details=true}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "elements.web", name = "problem-details", havingValue = "true")
    static class ProblemConfiguration {

        /**
         * The advice.
         *
         * @return the controller advice answering ElementsException
         */
        @Bean
        @ConditionalOnMissingBean
        ElementsProblems elementsProblems() {
            return new ElementsProblems();
        }
    }

    /** Micrometer meters for every call and wait, when Micrometer and elements-micrometer are present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {"io.micrometer.core.instrument.MeterRegistry", "io.elements4j.micrometer.ElementsMetrics"})
    static class MetricsConfiguration {

        /**
         * The meters; Spring Boot binds this binder to every registry.
         *
         * @return the metrics listener
         */
        @Bean
        @ConditionalOnMissingBean
        ElementsMetrics elementsMetrics() {
            return new ElementsMetrics();
        }
    }

    /** The "elements" health indicator, when the health module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnProperty(prefix = "elements.health", name = "enabled", matchIfMissing = true)
    static class HealthConfiguration {

        /**
         * The indicator.
         *
         * @param elements   the facade it checks
         * @param properties how long an answer is cached
         * @return the indicator
         */
        @Bean
        @ConditionalOnMissingBean(name = "elementsHealthIndicator")
        ElementsHealthIndicator elementsHealthIndicator(Elements elements, ElementsProperties properties) {
            ElementsProperties.Health health = properties.getHealth();
            return new ElementsHealthIndicator(
                    elements, health.getCacheTtl(), Clock.systemUTC(), health.getTimeout(), health.isAffectsApp());
        }
    }
}
