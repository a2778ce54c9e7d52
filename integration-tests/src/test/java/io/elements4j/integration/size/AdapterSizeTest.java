package io.elements4j.integration.size;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How much main code a provider takes, against the budgets the project set for an adapter that stands on
 * adapter-support: a relay of Kling's wire at most 150 lines, WaveSpeed's two models at most 400, the worked example of
 * a fifth vendor at most 260. A line is counted as {@code cloc} counts code: imports and declarations in, blank lines
 * and comments (the Javadoc every public member must have) out — so documenting an adapter well costs it nothing,
 * and the formatter's line breaks count as they fall.
 */
class AdapterSizeTest {

    private static final Path KLING = Path.of("adapter-kling-official/src/main/java/io/elements4j/adapter/kling");

    @Test
    void each_relay_of_klings_wire_is_at_most_150_lines() {
        assertThat(codeLines(
                        KLING.resolve("AnyfastElementsProvider.java"), KLING.resolve("internal/RelayedCreate.java")))
                .as("anyfast: its provider and the create answer only it wraps")
                .isLessThanOrEqualTo(150);
        assertThat(codeLines(KLING.resolve("EzmodelElementsProvider.java")))
                .as("ezmodel")
                .isLessThanOrEqualTo(150);
        assertThat(codeLines(KLING.resolve("KlingRelayElementsProvider.java")))
                .as("the generic Kling relay")
                .isLessThanOrEqualTo(150);
    }

    @Test
    void wavespeeds_adapter_is_at_most_400_lines() {
        assertThat(codeLines(Path.of("adapter-wavespeed/src/main"))).isLessThanOrEqualTo(400);
    }

    @Test
    void the_worked_example_of_a_fifth_vendor_is_at_most_260_lines() {
        assertThat(codeLines(Path.of("examples/provider-example/src/main"))).isLessThanOrEqualTo(260);
    }

    @Test
    void blank_lines_and_comments_do_not_count_and_code_beside_a_comment_does() {
        String source = String.join(
                "\n",
                "package a;",
                "",
                "import java.util.List;",
                "",
                "/**",
                " * Javadoc, however long.",
                " */",
                "final class A { // a class",
                "    // a remark",
                "    /* a block */ int x = 1;",
                "    String s = \"// not a comment\";",
                "    char q = '\"'; // a quote in a char literal starts no string",
                "    /* one",
                "       two */",
                "}");

        assertThat(codeLines(source)).isEqualTo(7);
    }

    /** Code lines of the Java files at these paths (files, or folders searched for {@code .java} files). */
    static int codeLines(Path... paths) {
        Path root = repository();
        int total = 0;
        for (Path path : paths) {
            Path at = root.resolve(path);
            assertThat(at).as("a path this test measures").exists();
            try (Stream<Path> files = Files.isDirectory(at) ? Files.walk(at) : Stream.of(at)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    total += codeLines(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** Lines with anything but whitespace and comments on them; string literals are not searched for comments. */
    static int codeLines(String source) {
        int count = 0;
        boolean inBlock = false;
        for (String line : source.lines().toList()) {
            StringBuilder code = new StringBuilder();
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (inBlock) {
                    if (c == '*' && next == '/') {
                        inBlock = false;
                        i++;
                    }
                } else if (inString) {
                    code.append(c);
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '/' && next == '*') {
                    inBlock = true;
                    i++;
                } else if (c == '/' && next == '/') {
                    break;
                } else if (c == '\'') {
                    // a char literal, such as '"' or '\'': copied whole, so its quote starts no string
                    int end = line.indexOf('\'', i + (next == '\\' ? 3 : 2));
                    end = end < 0 ? line.length() - 1 : end;
                    code.append(line, i, end + 1);
                    i = end;
                } else {
                    code.append(c);
                    inString = c == '"';
                }
            }
            if (!code.toString().isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static Path repository() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        assertThat(root).as("the repository root (where mvnw is)").isNotNull();
        return root;
    }
}
