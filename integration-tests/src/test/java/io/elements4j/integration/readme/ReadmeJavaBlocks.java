package io.elements4j.integration.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The {@code ```java} blocks of a Markdown file, each a whole source file (a package, its imports, one top-level
 * type), and their compilation together on the test's class path. There is no fragment form: a block of statements
 * is refused, so every snippet a reader copies compiles as it stands. Errors are reported by the Markdown file's own
 * line numbers.
 */
final class ReadmeJavaBlocks {

    /** A line opening a Java code block, in any spelling Markdown renders as one. */
    private static final Pattern ANY_JAVA_FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~)[ \\t]*java\\b");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    /** A type declared at the start of a line: a top-level type, as a whole file is laid out. */
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("(?m)^(?:(?:public|final|abstract|sealed|non-sealed)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");

    private ReadmeJavaBlocks() {}

    /**
     * One block.
     *
     * @param line   the line of its opening fence in the Markdown file (1-based)
     * @param source the text between the fences, with a final newline
     */
    record Block(int line, String source) {

        String packageName() {
            Matcher found = PACKAGE.matcher(source);
            return found.find() ? found.group(1) : "";
        }

        /** The top-level type it declares, or "" when it is not a whole source file. */
        String typeName() {
            Matcher found = TOP_LEVEL_TYPE.matcher(source);
            return found.find() ? found.group(1) : "";
        }

        String qualifiedName() {
            return packageName().isEmpty() ? typeName() : packageName() + "." + typeName();
        }
    }

    /** The outcome of compiling blocks: whether all compiled, and every problem by its Markdown line. */
    record Compilation(boolean compiled, String report) {}

    /**
     * Every block opened by a line that is exactly {@code ```java} and closed by a line that is exactly {@code ```}.
     *
     * @param markdown the file's text
     * @return the blocks in order
     */
    static List<Block> in(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("```java")) {
                int open = i;
                StringBuilder source = new StringBuilder();
                for (i++; i < lines.length && !lines[i].equals("```"); i++) {
                    source.append(lines[i]).append('\n');
                }
                blocks.add(new Block(open + 1, source.toString()));
            }
        }
        return blocks;
    }

    /**
     * How many Java code blocks the file opens in any spelling (indented, {@code ~~~}, {@code ``` java}): a block that
     * {@link #in} does not see would otherwise go unchecked.
     *
     * @param markdown the file's text
     * @return the count
     */
    static long fencesIn(String markdown) {
        return ANY_JAVA_FENCE.matcher(markdown).results().count();
    }

    /**
     * Compiles the blocks together (a block may use the types of another in its package) into {@code into/classes}.
     *
     * @param file   the Markdown file's name, for the report
     * @param into   an empty directory
     * @return whether they compiled, and why not
     * @throws IOException when the sources cannot be written
     */
    static Compilation compile(String file, List<Block> blocks, Path into) throws IOException {
        List<String> refused = new ArrayList<>();
        Map<Path, Block> sources = new HashMap<>();
        for (Block block : blocks) {
            if (block.typeName().isEmpty()) {
                refused.add(file + ":" + block.line() + ": not a whole source file: a java block holds a package, "
                        + "its imports and a top-level type");
                continue;
            }
            Path source = into.toAbsolutePath()
                    .normalize()
                    .resolve("src")
                    .resolve(block.qualifiedName().replace('.', '/') + ".java");
            Files.createDirectories(source.getParent());
            if (sources.containsKey(source)) {
                refused.add(
                        file + ":" + block.line() + ": " + block.qualifiedName() + " is declared again (first at line "
                                + sources.get(source).line() + ")");
                continue;
            }
            Files.writeString(source, block.source());
            sources.put(source, block);
        }
        if (!refused.isEmpty()) {
            return new Compilation(false, String.join("\n", refused));
        }
        Path classes = Files.createDirectories(into.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean compiled = javac.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of(
                                    "-classpath",
                                    classPath(),
                                    "-d",
                                    classes.toString(),
                                    "-proc:none",
                                    "-encoding",
                                    "UTF-8"),
                            null,
                            files.getJavaFileObjectsFromPaths(sources.keySet()))
                    .call();
            String report = diagnostics.getDiagnostics().stream()
                    .filter(problem -> problem.getKind() == Diagnostic.Kind.ERROR)
                    .map(problem -> where(file, problem, sources) + ": " + problem.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            return new Compilation(compiled, report);
        }
    }

    private static String where(String file, Diagnostic<? extends JavaFileObject> problem, Map<Path, Block> sources) {
        if (problem.getSource() == null) {
            return file;
        }
        Block block = sources.get(
                Path.of(problem.getSource().toUri()).toAbsolutePath().normalize());
        return block == null ? problem.getSource().getName() : file + ":" + (block.line() + problem.getLineNumber());
    }

    /** The repository's root: the directory holding {@code mvnw}, from the working directory up. */
    static Path root() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        assertThat(root).as("the repository root (where mvnw is)").isNotNull();
        return root;
    }

    /** The repository's README.md. */
    static String readme() throws IOException {
        return Files.readString(root().resolve("README.md"));
    }

    /** The test's class path, jar by jar, also when surefire hands it over in a manifest-only jar. */
    private static String classPath() throws IOException {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> expanded = new ArrayList<>(entries);
        for (String entry : entries) {
            if (entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    Manifest manifest = jar.getManifest();
                    String more = manifest == null
                            ? null
                            : manifest.getMainAttributes().getValue("Class-Path");
                    if (more != null) {
                        for (String url : more.trim().split("\\s+")) {
                            URI uri = URI.create(url);
                            URI resolved = uri.isAbsolute()
                                    ? uri
                                    : Path.of(entry).getParent().toUri().resolve(uri);
                            expanded.add(Path.of(resolved).toString());
                        }
                    }
                }
            }
        }
        return String.join(File.pathSeparator, expanded);
    }
}
