package io.elements4j.client.internal.discovery;

import io.elements4j.client.FoundProvider;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds every provider registered on a class loader, loading each on its own, so that one broken entry neither
 * hides the others nor stops the scan.
 */
public final class ProviderDiscovery {

    /** Where a jar registers its providers. */
    public static final String SERVICES_FILE = "META-INF/services/" + ElementsProvider.class.getName();

    // The JDK only promises a best effort at carrying on after a failed entry; this bounds a loader that does not.
    private static final int MAX_FAILURES = 256;
    private static final int MAX_CAUSES = 5;
    private static final String UNKNOWN_CLASS = "unknown class";

    private ProviderDiscovery() {}

    /**
     * Every provider registered on {@code loader}, loaded or with the reason it did not load, in class path order.
     *
     * @param loader the class loader to look in
     * @return what was found
     */
    public static Seq<FoundProvider> scan(ClassLoader loader) {
        Map<String, String> registered = registeredClassNames(loader);
        java.util.List<FoundProvider> found = new ArrayList<>();
        Set<String> accounted = new HashSet<>();
        Iterator<ServiceLoader.Provider<ElementsProvider>> entries =
                ServiceLoader.load(ElementsProvider.class, loader).stream().iterator();
        String lastFailure = "";
        int failures = 0;
        while (true) {
            ServiceLoader.Provider<ElementsProvider> entry;
            try {
                if (!entries.hasNext()) {
                    break;
                }
                entry = entries.next();
            } catch (RuntimeException | Error e) {
                rethrowIfFatal(e);
                String failure = describe(e);
                Option<String> blamed = blame(e, registered, accounted);
                // The same failure again with no registered entry left to blame: the iteration is stuck, not moving on.
                boolean stuck = blamed.isEmpty() && failure.equals(lastFailure);
                if (stuck || ++failures > MAX_FAILURES) {
                    break;
                }
                lastFailure = failure;
                String className = blamed.getOrElse(UNKNOWN_CLASS);
                accounted.add(className);
                found.add(failed(className, locationOf(className, loader, registered), failure));
                continue;
            }
            accounted.add(entry.type().getName());
            found.add(instantiate(entry));
        }
        return List.ofAll(found);
    }

    private static FoundProvider instantiate(ServiceLoader.Provider<ElementsProvider> entry) {
        Class<?> type = entry.type();
        String location = ProviderLocations.ofClass(type).getOrElse(FoundProvider.UNKNOWN_LOCATION);
        try {
            ElementsProvider provider = entry.get();
            ProviderMetadata metadata = provider.metadata();
            if (metadata == null) {
                return failed(type.getName(), location, "metadata() returned null");
            }
            return loaded(metadata.id(), type.getName(), location, provider);
        } catch (RuntimeException | Error e) {
            // Errors too: a provider whose own dependencies are missing fails with NoClassDefFoundError.
            rethrowIfFatal(e);
            return failed(type.getName(), location, describe(e));
        }
    }

    private static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    /**
     * Which registered class a failure during iteration belongs to. The JDK names the class in its message; when it
     * does not, the failing entry is the next one not yet seen, because the JDK reads the same files in the same order.
     */
    private static Option<String> blame(Throwable e, Map<String, String> registered, Set<String> accounted) {
        String message = String.valueOf(e.getMessage());
        Seq<String> unaccounted = List.ofAll(registered.keySet()).filter(name -> !accounted.contains(name));
        return unaccounted.filter(message::contains).maxBy(String::length).orElse(unaccounted.headOption());
    }

    private static String locationOf(String className, ClassLoader loader, Map<String, String> registered) {
        Option<String> ofClass;
        try {
            ofClass = ProviderLocations.ofClass(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            ofClass = Option.none();
        }
        return ofClass.getOrElse(() -> registered.getOrDefault(className, FoundProvider.UNKNOWN_LOCATION));
    }

    /** Class name to the root (jar or directory) whose services file lists it, in the order the JDK reads them. */
    private static Map<String, String> registeredClassNames(ClassLoader loader) {
        Map<String, String> names = new LinkedHashMap<>();
        Enumeration<URL> files;
        try {
            files = loader.getResources(SERVICES_FILE);
        } catch (IOException e) {
            files = Collections.emptyEnumeration();
        }
        while (files.hasMoreElements()) {
            URL file = files.nextElement();
            String root = ProviderLocations.ofServicesFile(file);
            for (String name : classNamesIn(file)) {
                names.putIfAbsent(name, root);
            }
        }
        return names;
    }

    private static java.util.List<String> classNamesIn(URL file) {
        java.util.List<String> names = new ArrayList<>();
        try (InputStream in = file.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            // The JDK reads the same file and reports the failure as a ServiceConfigurationError.
        }
        return names;
    }

    private static FoundProvider loaded(String id, String className, String location, ElementsProvider provider) {
        return new FoundProvider(id, className, location, Option.some(provider), Option.none());
    }

    private static FoundProvider failed(String className, String location, String failure) {
        return new FoundProvider(FoundProvider.UNKNOWN_ID, className, location, Option.none(), Option.some(failure));
    }

    /** The failure and its causes in one line: {@code IllegalStateException: boom; caused by ...}. */
    static String describe(Throwable failure) {
        java.util.List<String> parts = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t) && parts.size() < MAX_CAUSES; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            // The JDK prefixes every ServiceConfigurationError with the service's name, which says nothing here.
            if (t instanceof ServiceConfigurationError) {
                message = message.replace(ElementsProvider.class.getName() + ": ", "");
            }
            parts.add(t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
        }
        return String.join("; caused by ", parts);
    }
}
