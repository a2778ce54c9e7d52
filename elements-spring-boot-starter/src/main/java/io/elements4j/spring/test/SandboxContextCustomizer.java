package io.elements4j.spring.test;

import io.elements4j.client.ElementsProviders;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.junit.ElementsSandbox;
import io.elements4j.sandbox.junit.ElementsSandboxExtension;
import io.elements4j.spring.ElementsAutoConfiguration;
import io.elements4j.testkit.VirtualTime;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts the simulator of the provider an {@code @ElementsSandbox} test names (or the one
 * {@code elements.provider} names, or the only one on the class path), registers it, its virtual time and a
 * {@link SandboxedElements} target in the context, and imports the starter's auto-configuration, so that test
 * slices ({@code @WebMvcTest}, …) get the {@code Elements} bean too. The simulator stops when the context
 * closes. Contexts with the same settings are shared, as Spring shares test contexts.
 *
 * @param provider    the annotation's provider, "" when not set
 * @param virtualTime whether the facade and the simulator share a virtual time
 */
record SandboxContextCustomizer(String provider, boolean virtualTime) implements ContextCustomizer {

    static final String SIMULATOR_BEAN = "elementsSandboxSimulator";

    static SandboxContextCustomizer forTestClass(Class<?> testClass) {
        ElementsSandbox settings = TestContextAnnotationUtils.findMergedAnnotation(testClass, ElementsSandbox.class);
        return settings == null ? null : new SandboxContextCustomizer(settings.provider(), settings.virtualTime());
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
        ClassLoader loader = context.getClassLoader() != null
                ? context.getClassLoader()
                : SandboxContextCustomizer.class.getClassLoader();
        String id = ElementsSandboxExtension.providerId(
                provider,
                context.getEnvironment().getProperty(ElementsProviders.PROVIDER_PROPERTY),
                ElementsProviders.available(loader));
        VendorSimulator simulator = Sandboxes.start(id);
        VirtualTime time = virtualTime ? VirtualTime.startingNow() : null;
        if (time != null) {
            simulator.useClock(time.clock());
        }
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(SIMULATOR_BEAN, simulator);
        if (beans instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(SIMULATOR_BEAN, simulator::close);
        }
        if (time != null) {
            beans.registerSingleton("elementsSandboxTime", time);
        }
        beans.registerSingleton(
                "elementsSandboxTarget",
                new SandboxedElements(
                        id, simulator.configuration().toJavaMap(), time != null ? time.clock() : null, time));
        if (context instanceof BeanDefinitionRegistry registry) {
            registry.registerBeanDefinition("elementsSandboxImports", new RootBeanDefinition(Imports.class));
        }
    }

    /** The starter's auto-configuration, for test slices that do not import it themselves. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ElementsAutoConfiguration.class)
    static class Imports {}
}
