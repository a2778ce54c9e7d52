package io.elements4j.cli;

import io.elements4j.client.ElementsProviders;
import io.elements4j.client.FoundProvider;
import io.elements4j.ports.spi.ElementsProvider;
import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/**
 * What the CLI ships, as its runnable jar has it: the test class path without this module's own test providers and
 * test sandboxes — every adapter the build put on the class path, and the sandbox. And where the repository is.
 */
final class Shipped {

    private static final String OWN_TEST_CLASSES = location(Shipped.class);

    private Shipped() {}

    /** A class loader that sees no service this module's tests register. */
    static ClassLoader loader() {
        return new ClassLoader(Shipped.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return Collections.enumeration(Collections.list(super.getResources(name)).stream()
                        .filter(url -> !url.toString().startsWith(OWN_TEST_CLASSES))
                        .toList());
            }
        };
    }

    /** The providers the CLI ships, in the order it shows them. */
    static Seq<ProviderMetadata> providers() {
        return Providers.ordered(ElementsProviders.available(loader())
                .flatMap(FoundProvider::provider)
                .map(ElementsProvider::metadata));
    }

    /** The class names of every provider that loads on the CLI's class path. */
    static Seq<String> providerClasses() {
        return ElementsProviders.available(loader())
                .filter(FoundProvider::isLoaded)
                .map(FoundProvider::className);
    }

    /** The repository's root directory: the parent of this module. */
    static Path repository() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("elements-cli"))) {
            throw new IllegalStateException("the tests run in elements-cli, inside the repository; not in " + root);
        }
        return root;
    }

    /** Lines of a file of the repository. */
    static List<String> lines(Path file) {
        try {
            return List.ofAll(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()
                    .toURL()
                    .toString();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
