package io.elements4j.client.internal.discovery;

import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Paths;

/** Where a provider came from, as a user would look for it: a jar or directory path, not a URL. */
final class ProviderLocations {

    private ProviderLocations() {}

    /** The jar or directory a class was loaded from, if its code source says. */
    static Option<String> ofClass(Class<?> type) {
        return Option.of(type.getProtectionDomain())
                .flatMap(domain -> Option.of(domain.getCodeSource()))
                .flatMap(source -> Option.of(source.getLocation()))
                .map(ProviderLocations::display);
    }

    /** The jar or directory holding a services file: what registered a class that may not load. */
    static String ofServicesFile(URL servicesFile) {
        String url = servicesFile.toString();
        int entry = url.lastIndexOf(ProviderDiscovery.SERVICES_FILE);
        String root = entry > 0 ? url.substring(0, entry) : url;
        if (root.startsWith("jar:") && root.endsWith("!/")) {
            root = root.substring("jar:".length(), root.length() - "!/".length());
        }
        try {
            return display(URI.create(root).toURL());
        } catch (IOException | IllegalArgumentException e) {
            return root;
        }
    }

    private static String display(URL location) {
        if (!"file".equals(location.getProtocol())) {
            return location.toString();
        }
        try {
            return Paths.get(location.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return location.toString();
        }
    }
}
