package io.elements4j.sandbox.junit;

import io.elements4j.client.Elements;
import io.elements4j.client.ElementsBuilder;
import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.sandbox.Sandboxes;
import io.elements4j.sandbox.VendorSimulator;
import io.elements4j.testkit.VirtualTime;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link ElementsSandbox} runs: starts the simulator once per test class, resets it before each test, and
 * resolves {@link Elements}, {@link VendorSimulator} and {@link VirtualTime} parameters. When a framework runs the
 * sandbox itself (a {@link SandboxHost}: a Spring test context with the starter), the parameters are the
 * framework's, so a test's {@code Elements} is the very bean the app uses.
 */
public final class ElementsSandboxExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ElementsSandboxExtension.class);

    /** Creates the extension; JUnit does this for {@link ElementsSandbox}. */
    public ElementsSandboxExtension() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Elements.class
                || type == VendorSimulator.class
                || type == VirtualTime.class && settings(context).virtualTime();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Optional<SandboxHost.Hosted> hosted = hosted(context);
        if (hosted.isPresent()) {
            return type == VendorSimulator.class
                    ? hosted.get().simulator()
                    : type == VirtualTime.class
                            ? hosted.get().time()
                            : hosted.get().elements();
        }
        if (type == VendorSimulator.class) {
            return simulator(context);
        }
        if (type == VirtualTime.class) {
            return time(context);
        }
        if (type == Elements.class) {
            ExtensionContext.Store store = context.getStore(NAMESPACE);
            return store.getOrComputeIfAbsent(
                            "elements", key -> new ClosingElements(build(context)), ClosingElements.class)
                    .elements;
        }
        throw new ParameterResolutionException("@ElementsSandbox cannot supply a " + type.getName());
    }

    private Elements build(ExtensionContext context) {
        VendorSimulator simulator = simulator(context);
        ElementsBuilder builder = Elements.builder()
                .provider(simulator.providerId())
                .config(simulator.configuration().toJavaMap());
        if (settings(context).virtualTime()) {
            VirtualTime time = time(context);
            builder.clock(time.clock()).sleeper(time);
        }
        return builder.build();
    }

    private static ElementsSandbox settings(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ElementsSandbox.class)
                .orElseThrow(
                        () -> new ExtensionConfigurationException("annotate the test class with @ElementsSandbox"));
    }

    /** The class's time: shared by its simulator and every facade built for its tests. */
    private static VirtualTime time(ExtensionContext context) {
        return classStore(context).getOrComputeIfAbsent("time", key -> VirtualTime.startingNow(), VirtualTime.class);
    }

    /** The sandbox a framework (a Spring test context) runs for this test, when it runs one. */
    private static Optional<SandboxHost.Hosted> hosted(ExtensionContext context) {
        for (SandboxHost host : hosts()) {
            Optional<SandboxHost.Hosted> found = host.sandboxFor(context);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<SandboxHost> hosts() {
        List<SandboxHost> hosts = new ArrayList<>();
        Iterator<SandboxHost> found =
                ServiceLoader.load(SandboxHost.class, loader()).iterator();
        for (int failures = 0; failures < 16; ) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                hosts.add(found.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // A host whose framework is not on this class path has nothing to host here.
                failures++;
            }
        }
        return hosts;
    }

    private static VendorSimulator simulator(ExtensionContext context) {
        Optional<SandboxHost.Hosted> hosted = hosted(context);
        if (hosted.isPresent()) {
            return hosted.get().simulator();
        }
        return classStore(context)
                .getOrComputeIfAbsent(
                        "simulator",
                        key -> {
                            String id = providerId(
                                    settings(context).provider(),
                                    System.getProperty(ElementsProviders.PROVIDER_PROPERTY),
                                    ElementsProviders.available(loader()));
                            VendorSimulator started = Sandboxes.start(id);
                            if (settings(context).virtualTime()) {
                                started.useClock(time(context).clock());
                            }
                            return new ClosingSimulator(started);
                        },
                        ClosingSimulator.class)
                .simulator;
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext =
                context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                        ? context.getParent().orElse(context)
                        : context;
        return classContext.getStore(NAMESPACE);
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ElementsSandboxExtension.class.getClassLoader();
    }

    /**
     * Which provider to simulate: the one asked for, else the one {@code elements.provider} names, else the only
     * one on the class path with a simulator.
     *
     * @param requested the annotation's {@code provider}, "" when not set
     * @param property  the {@code elements.provider} system property, null when not set
     * @param found     the providers on the class path
     * @throws ExtensionConfigurationException when none or several fit, listing what was found
     */
    public static String providerId(String requested, String property, Seq<FoundProvider> found) {
        if (!requested.isBlank()) {
            return requested.trim();
        }
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        Seq<FoundProvider> simulated = found.filter(p -> Sandboxes.ids().contains(p.id()) && !p.chosenOnlyByName());
        if (simulated.size() == 1) {
            return simulated.head().id();
        }
        String listing = found.isEmpty()
                ? ""
                : found.map(p -> "\n  Found provider [" + p.id() + "] at " + p.location())
                        .mkString();
        throw new ExtensionConfigurationException((simulated.isEmpty()
                        ? "@ElementsSandbox found no provider with a simulator on the class path."
                        : "@ElementsSandbox found " + simulated.size()
                                + " providers with a simulator on the class path.")
                + listing
                + "\n  Set @ElementsSandbox(provider = \"<id>\") or -Delements.provider=<id>; simulators exist for: "
                + Sandboxes.ids().mkString(", "));
    }

    /** Stops the simulator when JUnit discards the class's store. */
    private record ClosingSimulator(VendorSimulator simulator) implements AutoCloseable {
        @Override
        public void close() {
            simulator.close();
        }
    }

    /** Closes the facade when JUnit discards the test's store. */
    private record ClosingElements(Elements elements) implements AutoCloseable {
        @Override
        public void close() {
            elements.close();
        }
    }
}
