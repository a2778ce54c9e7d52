package io.elements4j.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The domain names no vendor, in code or in its Javadoc: a vendor's limits, tag keys and draft options belong to its
 * adapter. The check reads the domain's main sources as text, so a name in a comment or a string counts too.
 */
class NoVendorNamesTest {

    /** The shipped vendors' names, and the protocol the request-queue adapter speaks; {@code fal} only as a word. */
    private static final Pattern VENDOR = Pattern.compile("(?i)kling|useapi|evolink|\\bgmi\\b|\\bfal\\b|fal[-_]?queue");

    @Test
    void the_domains_main_sources_name_no_vendor() {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).isDirectory();
        assertThat(javaFiles(sources)).hasSizeGreaterThan(50);

        assertThat(mentions(sources)).isEmpty();
    }

    @Test
    void a_vendor_named_in_a_comment_or_a_string_is_caught(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("Clean.java"), "/** Falls back to false when a tag is unknown. */\nclass Clean {}\n");
        Files.writeString(
                dir.resolve("Leaky.java"),
                "/** Neutral. */\nclass Leaky {\n    // useapi only\n    String key = \"Kling's o_102\";\n}\n");

        assertThat(mentions(dir)).containsExactly("Leaky.java:3: useapi", "Leaky.java:4: Kling");
    }

    /** Every vendor name in the Java files below {@code root}, as {@code File.java:line: name}. */
    private static List<String> mentions(Path root) {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = VENDOR.matcher(lines.get(i));
                while (matcher.find()) {
                    found.add(root.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
