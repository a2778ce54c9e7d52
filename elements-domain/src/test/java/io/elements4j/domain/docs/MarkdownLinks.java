package io.elements4j.domain.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every problem with the links of the markdown files under a root: a relative link whose file does not exist,
 * a link that leaves the root, and any mention of material a reader of the repository cannot open (the team's shared
 * folder, its vendor notes, its numbered seed pages). Links with a scheme ({@code https:}) and anchors within the same
 * page are not followed; fenced code blocks and inline code are not read.
 */
final class MarkdownLinks {

    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern OUTSIDE_MATERIAL = Pattern.compile(String.join(
            "|",
            "\\.\\./sha" + "red",
            "sha" + "red/vendors",
            "VEND" + "ORS\\.md",
            "seeds?/0" + "0\\d",
            "seed 0" + "0\\d"));

    private MarkdownLinks() {}

    /** The markdown files under {@code root}, skipping build output and hidden folders. */
    static List<Path> markdownFiles(Path root) {
        // Walked without entering build output or hidden folders: a build writes and deletes files under target/
        // while this runs (surefire's own reports among them), which a plain Files.walk trips over.
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(root) || isVisible(dir.getFileName().toString())
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.toString().endsWith(".md")
                            && isVisible(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // gone while we looked: not a markdown file of ours
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return List.copyOf(found);
    }

    private static boolean isVisible(String name) {
        return !name.startsWith(".") && !name.equals("target") && !name.equals("node_modules");
    }

    /** Every problem in every markdown file under {@code root}, as {@code file:line: what}. */
    static List<String> problems(Path root) {
        Path top = root.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        for (Path file : markdownFiles(top)) {
            problems.addAll(problems(top, file));
        }
        return problems;
    }

    static List<String> problems(Path root, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        String where = root.relativize(file).toString().replace('\\', '/');
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String at = where + ":" + (i + 1) + ": ";
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (OUTSIDE_MATERIAL.matcher(line).find()) {
                problems.add(at + "mentions material outside the repository: " + line.strip());
            }
            if (fenced) {
                continue;
            }
            String text = INLINE_CODE.matcher(line).replaceAll("");
            List<String> targets = new ArrayList<>();
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            Matcher definition = REFERENCE_DEFINITION.matcher(text);
            if (definition.matches()) {
                targets.add(definition.group(1));
            }
            for (String target : targets) {
                check(root, file, target).ifPresent(problem -> problems.add(at + problem));
            }
        }
        return problems;
    }

    private static Optional<String> check(Path root, Path file, String target) {
        if (SCHEME.matcher(target).find() || target.startsWith("#")) {
            return Optional.empty();
        }
        String path = target.replaceAll("[#?].*$", "");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path resolved = (path.startsWith("/")
                        ? root.resolve(path.substring(1))
                        : file.getParent().resolve(path))
                .normalize();
        if (!resolved.startsWith(root)) {
            return Optional.of("link " + target + " leaves the repository");
        }
        if (!Files.exists(resolved)) {
            return Optional.of("link " + target + " points to nothing (" + root.relativize(resolved) + ")");
        }
        return Optional.empty();
    }

    /** The repository's root: the nearest folder upwards from {@code start} that holds {@code mvnw}. */
    static Path projectRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder holding mvnw above " + start.toAbsolutePath());
    }
}
