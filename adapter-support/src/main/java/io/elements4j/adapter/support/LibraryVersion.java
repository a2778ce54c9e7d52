package io.elements4j.adapter.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this jar was built as, written into a resource by the build. */
final class LibraryVersion {

    private static final String VERSION = read();

    private LibraryVersion() {}

    static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("elements4j.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
