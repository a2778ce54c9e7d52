package io.elements4j.spring.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.util.ClassUtils;

/**
 * Spring's test framework asks this for every test context: a test class carrying {@code @ElementsSandbox} gets
 * a context whose {@code Elements} runs against the simulator. Without elements-sandbox on the class path it does
 * nothing, so an app's other tests are untouched.
 */
final class ElementsSandboxContextCustomizerFactory implements ContextCustomizerFactory {

    private static final boolean SANDBOX_PRESENT = ClassUtils.isPresent(
            "io.elements4j.sandbox.junit.ElementsSandbox",
            ElementsSandboxContextCustomizerFactory.class.getClassLoader());

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return SANDBOX_PRESENT ? SandboxContextCustomizer.forTestClass(testClass) : null;
    }
}
