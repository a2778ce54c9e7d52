package io.elements4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elements4j.ports.spi.ProviderMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Nothing but an adapter and its simulator knows a vendor: no main code elsewhere in the repository names one of the
 * providers the CLI ships — its id, its vendor's env names or host — so a new provider needs no edit outside its own
 * module. Only the adapters (modules that register a provider), the simulators (the packages of registered
 * simulator factories) and the benchmarks, which measure named adapters the way tests do, may.
 */
class NoVendorNamedOutsideAdaptersTest {

    private static final String PROVIDERS = "META-INF/services/io.elements4j.ports.spi.ElementsProvider";
    private static final String SIMULATORS = "META-INF/services/io.elements4j.sandbox.VendorSimulatorFactory";

    @Test
    void no_main_code_outside_the_adapters_and_simulators_names_a_vendor() {
        Seq<ProviderMetadata> shipped = Shipped.providers();
        assertThat(shipped)
                .as("the providers the CLI ships, whose names are looked for")
                .isNotEmpty();
        VendorMentions mentions = VendorMentions.of(shipped);
        Seq<Path> checked = sourcesOutsideAdapters(Shipped.repository());
        assertThat(checked.map(Path::toString))
                .as("main code looked at")
                .anyMatch(path -> path.endsWith("SelectionMessages.java"))
                .anyMatch(path -> path.endsWith("ProvidersCommand.java"))
                .noneMatch(path -> path.contains("/adapter-kling-official/"));

        Seq<String> found = checked.flatMap(
                file -> mentions.in(read(file)).map(line -> Shipped.repository().relativize(file) + " " + line));

        assertThat(found)
                .as("main code outside the adapters and simulators naming one of %s", mentions.names())
                .isEmpty();
    }

    @Test
    void finds_an_id_an_env_name_a_host_and_a_class_but_not_a_comment_or_a_lookalike() {
        VendorMentions mentions = VendorMentions.of(
                List.of(TestMetadata.of("acme-rockets", "Acme Rockets", "ACME_TOKEN", "https://api.acmecorp.example")));

        assertThat(mentions.in("""
                class Picker {
                    // acme-rockets is explained here, which is fine
                    /* so is ACME_TOKEN
                       over lines */
                    String id = "acme-rockets";
                    String env = System.getenv("ACME_TOKEN");
                    String url = "https://eu.acmecorp.example/v1";
                    Object provider = new AcmeRocketsElementsProvider();
                    String tricky = "// acme-rockets in a string is code";
                    boolean acmeRocketsLike = false;
                    String acme = "acme"; // one word of a two-word id
                    char quote = '"'; String rockets = "rockets";
                }
                """))
                .containsExactly(
                        "line 5: String id = \"acme-rockets\"; (names \"acme rockets\")",
                        "line 6: String env = System.getenv(\"ACME_TOKEN\"); (names \"acme token\")",
                        "line 7: String url = \"https://eu.acmecorp.example/v1\"; (names \"acmecorp\")",
                        "line 8: Object provider = new AcmeRocketsElementsProvider(); (names \"acme rockets\")",
                        "line 9: String tricky = \"// acme-rockets in a string is code\"; (names \"acme rockets\")",
                        "line 10: boolean acmeRocketsLike = false; (names \"acme rockets\")");
    }

    /**
     * Every main Java file of the repository but the adapters', the simulators' and the benchmarks'.
     */
    static Seq<Path> sourcesOutsideAdapters(Path repository) {
        Seq<Path> mainTrees = walk(repository)
                .filter(path -> path.endsWith(Path.of("src", "main", "java")) && Files.isDirectory(path));
        Seq<Path> simulatorPackages = mainTrees
                .map(tree -> tree.resolveSibling("resources").resolve(SIMULATORS))
                .filter(Files::exists)
                .flatMap(Shipped::lines)
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(factory ->
                        Path.of(factory.substring(0, factory.lastIndexOf('.')).replace('.', '/')));
        return mainTrees
                .filter(tree -> !Files.exists(tree.resolveSibling("resources").resolve(PROVIDERS)))
                .filter(tree -> !repository.relativize(tree).startsWith("benchmarks"))
                .flatMap(tree -> walk(tree)
                        .filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> simulatorPackages.forAll(
                                pkg -> !tree.relativize(file).startsWith(pkg))));
    }

    /** Every file and directory under {@code root}, build output and Git's own files left out. */
    private static Seq<Path> walk(Path root) {
        ArrayList<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName().toString();
                    if (name.equals("target") || name.equals(".git") || name.equals("node_modules")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    found.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.ofAll(found);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
