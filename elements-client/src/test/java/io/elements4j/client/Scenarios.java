package io.elements4j.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * One class loader per loader scenario. A class path holds only one set of META-INF/services files, so each
 * scenario directory under {@code loader/} is added on top of the test class path, which registers no provider.
 */
final class Scenarios implements AutoCloseable {

    private final List<URLClassLoader> opened = new ArrayList<>();

    ClassLoader loader(String scenario) {
        URLClassLoader loader = new URLClassLoader(
                "scenario-" + scenario, new URL[] {directory(scenario)}, Scenarios.class.getClassLoader());
        opened.add(loader);
        return loader;
    }

    /** The scenario's directory as the loader prints it. */
    static String location(String scenario) {
        return path(directory(scenario));
    }

    /** Where a test class was loaded from, as the loader prints it. */
    static String location(Class<?> type) {
        return path(type.getProtectionDomain().getCodeSource().getLocation());
    }

    private static URL directory(String scenario) {
        URL url = Scenarios.class.getResource("/loader/" + scenario + "/");
        if (url == null) {
            throw new IllegalArgumentException("no scenario directory loader/" + scenario + " in test resources");
        }
        return url;
    }

    private static String path(URL url) {
        try {
            return Paths.get(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (URLClassLoader loader : opened) {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        opened.clear();
    }
}
