package io.elements4j.spring.test;

import io.elements4j.client.Elements;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.sandbox.junit.SandboxHost;
import io.elements4j.testkit.VirtualTime;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Lets {@code @ElementsSandbox} on a Spring test hand out the test context's own objects: the {@code Elements}
 * bean the app uses, the simulator it talks to and the virtual time they share.
 */
public final class SpringSandboxHost implements SandboxHost {

    /** Created by {@link java.util.ServiceLoader}. */
    public SpringSandboxHost() {}

    @Override
    public Optional<Hosted> sandboxFor(ExtensionContext context) {
        if (context.getTestClass().filter(SpringSandboxHost::runsWithSpring).isEmpty()) {
            return Optional.empty();
        }
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        VendorSimulator simulator = app.getBeanProvider(VendorSimulator.class).getIfAvailable();
        if (simulator == null) {
            return Optional.empty();
        }
        return Optional.of(new Hosted(
                simulator, app.getBeanProvider(VirtualTime.class).getIfAvailable(), app.getBean(Elements.class)));
    }

    private static boolean runsWithSpring(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            boolean spring = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).stream(
                            ExtendWith.class)
                    .anyMatch(extend ->
                            Arrays.asList(extend.getClassArray("value")).contains(SpringExtension.class));
            if (spring) {
                return true;
            }
        }
        return false;
    }
}
